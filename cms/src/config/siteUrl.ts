import { siteUrl as configuredSiteUrl } from '@talentregion/shared/environment'

/** The public site's address, as printed under QR codes (SITE_URL; `npm start` sets it). */
export const siteUrl = configuredSiteUrl()
