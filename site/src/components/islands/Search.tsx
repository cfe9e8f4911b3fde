import { plural, type PluralForms } from '@talentregion/shared/i18n/plural'
import type { Locale } from '@talentregion/shared/locales'
import { useEffect, useState } from 'react'

import type { ChosenFilters, FilterName } from '../search/pagefind'
import { SearchFilters } from '../search/SearchFilters'
import { SearchResults } from '../search/SearchResults'
import { useSearch, type SearchState } from '../search/useSearch'

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

interface Props {
  locale: Locale
  strings: SearchStrings
}

/** What the status line says, for screen readers as for everyone. */
function statusText(locale: Locale, strings: SearchStrings, state: SearchState): string {
  if (state.failed) return strings.unavailable
  if (state.results === null) return state.busy ? strings.loading : ''
  if (state.results.length === 0) return strings.noResults
  return plural(locale, strings.resultCount, state.results.length)
}

/**
 * Site search in the page's language. Pagefind's files load only when the visitor starts to
 * type; results come first, filters fold away above them on a phone.
 */
export default function Search({ locale, strings }: Props) {
  const [term, setTerm] = useState('')
  const [chosen, setChosen] = useState<ChosenFilters>({})
  const state = useSearch(term, chosen)

  useEffect(() => {
    // A visitor may have typed before the island woke up; keep what they typed.
    const typed = (document.getElementById('search-input') as HTMLInputElement | null)?.value
    const query = typed || new URLSearchParams(window.location.search).get('q')
    if (query) setTerm(query)
  }, [])

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
          onFocus={() => void state.load()}
          onChange={(event) => setTerm(event.target.value)}
        />
      </form>
      <p role="status" aria-live="polite" className="meta">
        {statusText(locale, strings, state)}
      </p>
      <SearchFilters
        available={state.available}
        chosen={chosen}
        onChange={setChosen}
        strings={strings}
      />
      {state.results && state.results.length > 0 && <SearchResults results={state.results} />}
    </div>
  )
}
