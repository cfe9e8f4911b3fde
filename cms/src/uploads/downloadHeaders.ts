import { downloadSecurityPolicy } from '@talentregion/shared/downloadPolicy'

/**
 * Headers for every uploaded file Payload serves: an SVG opened on its own can never run script,
 * and browsers may not guess another type. Partner files are never kept by shared caches.
 */
export const downloadHeaders =
  (cache: 'public' | 'private') =>
  ({ headers }: { headers: Headers }): Headers => {
    headers.set('Content-Security-Policy', downloadSecurityPolicy)
    headers.set('X-Content-Type-Options', 'nosniff')
    if (cache === 'private') headers.set('Cache-Control', 'private, no-store')
    return headers
  }
