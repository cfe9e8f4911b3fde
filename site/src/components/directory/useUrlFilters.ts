import { useEffect, useState } from 'react'

export type Filters = { municipality: string | null; industry: string | null }

function readFilters(): Filters {
  const params = new URLSearchParams(window.location.search)
  return { municipality: params.get('municipality'), industry: params.get('industry') }
}

/**
 * The directory's filters, kept in the address so a filtered view can be shared and the back
 * button restores it.
 */
export function useUrlFilters(): [Filters, (next: Filters) => void] {
  const [filters, setFilters] = useState<Filters>({ municipality: null, industry: null })

  useEffect(() => {
    setFilters(readFilters())
    const onPop = () => setFilters(readFilters())
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  const update = (next: Filters) => {
    setFilters(next)
    const params = new URLSearchParams()
    if (next.municipality) params.set('municipality', next.municipality)
    if (next.industry) params.set('industry', next.industry)
    const query = params.toString()
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`)
  }
  return [filters, update]
}
