import sanitizeHtml from 'sanitize-html'

/**
 * Ad text from a feed as HTML the site can show: paragraphs, lists, emphasis and links only.
 * Headings become bold paragraphs (the page's own headings give its outline); scripts, styles,
 * event handlers, frames, images and forms go; links may only go to web or mail addresses and
 * carry no referrer or ranking.
 */
export function sanitiseAdHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'],
    // `rel` is the one the transform below sets, replacing any the feed sent.
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      h1: 'p',
      h2: 'p',
      h3: 'p',
      h4: 'p',
      h5: 'p',
      h6: 'p',
      div: 'p',
      a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
    },
    // Empty paragraphs left by removed elements would show as gaps.
    exclusiveFilter: (frame) =>
      frame.tag === 'p' && !frame.text.trim() && !frame.mediaChildren.length,
  }).trim()
}
