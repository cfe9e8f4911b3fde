/**
 * A link target that is safe to put in an href: http(s), mailto, tel, or a site-relative path.
 * Anything else (javascript:, data:, vbscript:, protocol-relative //host) becomes null and the
 * text renders without a link.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (cleaned === '') return null
  if (cleaned.startsWith('/') && !cleaned.startsWith('//') && !cleaned.startsWith('/\\'))
    return cleaned
  if (cleaned.startsWith('#')) return cleaned
  try {
    const url = new URL(cleaned)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : null
  } catch {
    return null
  }
}
