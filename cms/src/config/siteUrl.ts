/** The public site's address, as printed under QR codes (SITE_URL; `npm start` sets it). */
export const siteUrl = (process.env.SITE_URL || 'http://127.0.0.1:4321').replace(/\/$/, '')
