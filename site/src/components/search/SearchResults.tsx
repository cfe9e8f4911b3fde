import type { ReactNode } from 'react'

import { unmarkCompounds } from '../../lib/compounds'
import type { PagefindResultData } from './pagefind'

/**
 * Pagefind's excerpt with its <mark> highlights, rendered as text (never as raw HTML), its
 * words as the page wrote them (the index marks the parts of compounds).
 */
export function excerptParts(excerpt: string): ReactNode[] {
  const decode = (text: string) =>
    unmarkCompounds(text)
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&')
  return excerpt
    .split(/<mark>(.*?)<\/mark>/g)
    .map((part, i) => (i % 2 === 1 ? <mark key={i}>{decode(part)}</mark> : decode(part)))
}

/**
 * The hits: a thumbnail (a page's picture, or a logo: the employer's, the toolkit's or the
 * site's, shown whole), the kind of page, the title, the excerpt. Every indexed page names
 * both (SearchMeta.astro); a logo goes before the first picture Pagefind finds on a page by
 * itself, and a thumbnail's box is kept even without either, so results line up.
 */
export function SearchResults({ results }: { results: PagefindResultData[] }) {
  return (
    <ul className="search-results">
      {results.map((result) => (
        <li key={result.url} className="search-result">
          {result.meta.image || result.meta.logo ? (
            <img
              className={result.meta.logo ? 'search-result__logo' : undefined}
              src={result.meta.logo ?? result.meta.image}
              alt=""
              width={96}
              height={64}
              loading="lazy"
            />
          ) : (
            <span className="search-result__placeholder" />
          )}
          <div>
            <p className="meta">{result.filters.type?.join(', ')}</p>
            <h2>
              <a href={result.url}>{result.meta.title}</a>
            </h2>
            <p>{excerptParts(result.excerpt)}</p>
          </div>
        </li>
      ))}
    </ul>
  )
}
