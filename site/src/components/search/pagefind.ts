/** The filters every indexed page may carry (see the data-pagefind-filter spans). */
export const filterNames = ['type', 'municipality', 'industry'] as const
export type FilterName = (typeof filterNames)[number]
export type ChosenFilters = Partial<Record<FilterName, string>>

export interface PagefindResultData {
  url: string
  excerpt: string
  /** A story's picture is cropped to the thumbnail; an employer's logo is shown whole. */
  meta: { title?: string; image?: string; logo?: string }
  filters: Record<string, string[]>
}

/** The part of Pagefind's browser API the search uses. */
export interface Pagefind {
  init(): Promise<void>
  filters(): Promise<Record<string, Record<string, number>>>
  debouncedSearch(
    term: string,
    options: { filters?: Record<string, string> },
    delay?: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>
}

// Pagefind's script lives in the built site, outside the bundle; it loads on the first keystroke.
export const pagefindUrl = '/pagefind/pagefind.js'
