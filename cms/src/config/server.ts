import { cmsUrl } from '@talentregion/shared/environment'

/** Where the CMS is reached; cookies, CSRF and CORS derive from it. */
export const serverURL = cmsUrl()

/** Origins besides the CMS itself that may call it with credentials (comma-separated). */
export const trustedOrigins = [
  serverURL,
  ...(process.env.TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean),
]

/** Auth cookies are `Secure` whenever the CMS is served over https. */
export const authCookies = {
  secure: serverURL.startsWith('https://'),
  sameSite: 'Lax' as const,
}
