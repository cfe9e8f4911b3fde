/** A toolkit download refused, with the reason; never cached, so signing in again helps at once. */
export const refuseDownload = (status: 403 | 404, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
