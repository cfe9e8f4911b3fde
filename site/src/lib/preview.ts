/**
 * A private preview of a draft (the CMS's Preview button builds one with SITE_PREVIEW=1): every
 * page says it is not published, and nothing claims a publication date it does not have yet.
 */
export const isPreview = process.env.SITE_PREVIEW === '1'
