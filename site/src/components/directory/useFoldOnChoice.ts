import { useEffect, useRef } from 'react'

/** Where the filters stand beside the results rather than above them (as in the CSS). */
const wide = '(min-width: 60rem)'

/**
 * On a phone, where the filters stand above the results, a choice folds the filters and brings
 * the results into view, with focus on the fold's summary (the chip it was on is folded away);
 * the result count is announced by its live region. On a wide screen nothing moves.
 * Call `beforeChoice` as a filter is chosen; `shown` is what the results show (the filters).
 */
export function useFoldOnChoice(shown: unknown) {
  const fold = useRef<HTMLDetailsElement>(null)
  const results = useRef<HTMLUListElement>(null)
  // Set by a choice on a phone; the effect after the next render brings the results into view.
  const reveal = useRef(false)

  useEffect(() => {
    if (!reveal.current) return
    reveal.current = false
    const filters = fold.current
    const list = results.current?.getBoundingClientRect()
    if (!filters || !list) return
    // The folded filters and the first result should both show, not only the line that counts
    // the results; the page may also have grown shorter and scrolled past them.
    if (filters.getBoundingClientRect().top < 0 || list.top + 96 > window.innerHeight)
      filters.scrollIntoView({ block: 'start' })
  }, [shown])

  const beforeChoice = () => {
    const filters = fold.current
    if (!filters || window.matchMedia(wide).matches) return
    filters.open = false
    filters.querySelector('summary')?.focus({ preventScroll: true })
    reveal.current = true
  }
  return { fold, results, beforeChoice }
}
