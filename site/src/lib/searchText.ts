import { isLocale, type Locale } from '@talentregion/shared/locales'

/** A page's `<html lang>`, when it is one of ours. */
export function pageLocale(html: string): Locale | null {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? null
  return isLocale(lang) ? lang : null
}

/**
 * Applies `change` to the text a reader sees (between tags), never to markup, scripts or
 * styles, and returns the page with the changed text.
 */
export function mapPageText(html: string, change: (text: string) => string): string {
  let inCode = false
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(script|style)\b/i.test(part)) inCode = true
        else if (/^<\/(script|style)\b/i.test(part)) inCode = false
        return part
      }
      return inCode ? part : change(part)
    })
    .join('')
}

// Elements that end a block of text, or a link or button that stands on its own.
const blockEnd =
  /(<\/(?:p|li|dt|dd|h[1-6]|div|section|article|header|footer|figcaption|td|th|a|button)>|<br\s*\/?>)/gi

/**
 * The page with a space after every block, link and line break. Astro writes no whitespace
 * between elements, and Pagefind would run "Se ledige stillinger" and "Nettsted" together in a
 * result's excerpt.
 */
export const separateBlocks = (html: string) => html.replace(blockEnd, '$1 ')

/**
 * The search copy with the page's own title (its first h1, as written) named as the result's
 * title, so hyphens added for the index never show in a result's heading.
 */
export function withOwnTitle(original: string, copy: string): string {
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(original)?.[1]
  if (!heading) return copy
  const title = heading
    .replace(/<[^>]*>/g, '')
    .trim()
    .replace(/"/g, '&quot;')
  return copy.replace(
    '</head>',
    `<meta data-pagefind-meta="title[content]" content="${title}"></head>`,
  )
}

/**
 * What Pagefind reads of a page that marks its searchable part: the language, the part itself
 * and the title set for results. Pagefind ignores the rest, so it gets an index identical to
 * the whole page's in a third less time; null when the page has no searchable part.
 */
export function searchablePart(html: string): string | null {
  const body = /<main\b[^>]*\sdata-pagefind-body[\s\S]*<\/main>/.exec(html)?.[0]
  if (!body) return null
  const root = /<html\b[^>]*>/.exec(html)?.[0] ?? '<html>'
  return `<!DOCTYPE html>${root}<head></head><body>${body}</body></html>`
}
