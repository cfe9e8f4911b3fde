import { useEffect, useRef, useState } from 'react'

import {
  filterNames,
  pagefindUrl,
  type ChosenFilters,
  type FilterName,
  type Pagefind,
  type PagefindResultData,
} from './pagefind'

export interface SearchState {
  /** Null before the first search, then the first 20 hits. */
  results: PagefindResultData[] | null
  busy: boolean
  /** The index could not be loaded; the next keystroke tries again. */
  failed: boolean
  /** The values each filter can take on this site. */
  available: Partial<Record<FilterName, string[]>>
  /** Starts loading the index (on focus, before the first keystroke). */
  load: () => Promise<Pagefind | null>
}

/**
 * Pagefind, loaded on first use, searching as the term or the filters change. Pagefind picks
 * the index matching <html lang>, so a Swedish page only finds Swedish pages. The address keeps
 * the term (`?q=`), so a search can be shared and the back button returns to it.
 */
export function useSearch(term: string, chosen: ChosenFilters): SearchState {
  const [available, setAvailable] = useState<Partial<Record<FilterName, string[]>>>({})
  const [results, setResults] = useState<PagefindResultData[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
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

  return { results, busy, failed, available, load }
}
