/**
 * Content-Security-Policy for downloads (toolkit files, logos), on the site and in the CMS alike.
 * An SVG opened on its own is a document that could run script, so downloads get no script, no
 * requests of their own and a sandbox.
 */
export const downloadSecurityPolicy =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"
