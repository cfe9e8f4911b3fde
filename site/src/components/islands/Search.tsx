import { plural, type PluralForms } from '@talentregion/shared/i18n/plural'
import type { Locale } from '@talentregion/shared/locales'
import { useEffect, useRef, useState, type ReactNode } from 'react'

import { unmarkCompounds } from '../../lib/compounds'

export interface SearchStrings {
  label: string
  placeholder: string
  noResults: string
  resultCount: PluralForms
  loading: string
  /** Shown when the search index cannot be loaded (offline, or a release being switched). */
  unavailable: string
  filtersTitle: string
  any: string
  /** Legends of the filter groups, by Pagefind filter name. */
  filters: Record<FilterName, string>
}

/** The filters every indexed page may carry (see the data-pagefind-filter spans). */
const filterNames = ['type', 'municipality', 'industry'] as const
type FilterName = (typeof filterNames)[number]

interface PagefindResultData {
  url: string
  excerpt: string
  /** A story's picture is cropped to the thumbnail; an employer's logo is shown whole. */
  meta: { title?: string; image?: string; logo?: string }
  filters: Record<string, string[]>
}

interface Pagefind {
  init(): Promise<void>
  filters(): Promise<Record<string, Record<string, number>>>
  debouncedSearch(
    term: string,
    options: { filters?: Record<string, string> },
    delay?: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>
}

interface Props {
  locale: Locale
  strings: SearchStrings
}

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

// Pagefind's script lives in the built site, outside the bundle; it loads on the first keystroke.
const pagefindUrl = '/pagefind/pagefind.js'

/**
 * Site search in the page's language: Pagefind picks the index matching <html lang>, so a
 * search on a Swedish page only finds Swedish pages. Pagefind's files load only when the
 * visitor starts to type.
 */
export default function Search({ locale, strings }: Props) {
  const [term, setTerm] = useState('')
  const [chosen, setChosen] = useState<Partial<Record<FilterName, string>>>({})
  const [available, setAvailable] = useState<Partial<Record<FilterName, string[]>>>({})
  const [results, setResults] = useState<PagefindResultData[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const chosenCount = Object.values(chosen).filter(Boolean).length
  const pagefind = useRef<Promise<Pagefind | null> | null>(null)

  const load = () => {
    pagefind.current ??= import(/* @vite-ignore */ pagefindUrl)
      .then(async (module: Pagefind) => {
        await module.init()
        const filters = await module.filters()
        setAvailable(
          Object.fromEntries(
            filterNames.map((name) => [name, Object.keys(filters[name] ?? {}).sort()]),
          ),
        )
        setFailed(false)
        return module
      })
      .catch((error: unknown) => {
        // Say so instead of searching forever; the next keystroke tries again.
        console.error(new Error('The search index could not be loaded', { cause: error }))
        pagefind.current = null
        setFailed(true)
        setBusy(false)
        return null
      })
    return pagefind.current
  }

  useEffect(() => {
    // A visitor may have typed before the island woke up; keep what they typed.
    const typed = (document.getElementById('search-input') as HTMLInputElement | null)?.value
    const query = typed || new URLSearchParams(window.location.search).get('q')
    if (query) setTerm(query)
  }, [])

  useEffect(() => {
    if (term.trim() === '') {
      setResults(null)
      return
    }
    let cancelled = false
    setBusy(true)
    void load().then(async (module) => {
      if (!module) return
      const filters = Object.fromEntries(
        Object.entries(chosen).filter(([, value]) => value),
      ) as Record<string, string>
      const search = await module.debouncedSearch(term, { filters }, 200)
      if (!search || cancelled) return
      const data = await Promise.all(search.results.slice(0, 20).map((result) => result.data()))
      if (cancelled) return
      setResults(data)
      setBusy(false)
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}?q=${encodeURIComponent(term)}`,
      )
    })
    return () => {
      cancelled = true
    }
  }, [term, chosen])

  return (
    <div className="search">
      <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-input">{strings.label}</label>
        <input
          id="search-input"
          type="search"
          value={term}
          placeholder={strings.placeholder}
          autoComplete="off"
          onFocus={() => void load()}
          onChange={(event) => setTerm(event.target.value)}
        />
      </form>
      <p role="status" aria-live="polite" className="meta">
        {failed
          ? strings.unavailable
          : busy && results === null
            ? strings.loading
            : results === null
              ? ''
              : results.length === 0
                ? strings.noResults
                : plural(locale, strings.resultCount, results.length)}
      </p>
      {filterNames.some((name) => (available[name]?.length ?? 0) > 1) && (
        // Folded away on phones so results come first; shown beside them on wide screens (CSS).
        <details className="search__filters">
          <summary>
            {strings.filtersTitle}
            {chosenCount > 0 && ` (${chosenCount})`}
          </summary>
          {filterNames.map((name) =>
            (available[name]?.length ?? 0) > 1 ? (
              <fieldset key={name} className="chips">
                <legend>{strings.filters[name]}</legend>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={!chosen[name]}
                  onClick={() => setChosen({ ...chosen, [name]: undefined })}
                >
                  {strings.any}
                </button>
                {available[name]!.map((value) => (
                  <button
                    key={value}
                    type="button"
                    className="chip"
                    aria-pressed={chosen[name] === value}
                    onClick={() => setChosen({ ...chosen, [name]: value })}
                  >
                    {value}
                  </button>
                ))}
              </fieldset>
            ) : null,
          )}
        </details>
      )}
      {results && results.length > 0 && (
        <ul className="search-results">
          {results.map((result) => (
            <li key={result.url} className="search-result">
              {result.meta.image || result.meta.logo ? (
                <img
                  className={result.meta.logo ? 'search-result__logo' : undefined}
                  src={result.meta.image ?? result.meta.logo}
                  alt=""
                  width={96}
                  height={64}
                  loading="lazy"
                />
              ) : (
                <span />
              )}
              <div>
                <p className="meta">{result.filters.type?.[0]}</p>
                <h2>
                  <a href={result.url}>{result.meta.title}</a>
                </h2>
                <p>{excerptParts(result.excerpt)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
