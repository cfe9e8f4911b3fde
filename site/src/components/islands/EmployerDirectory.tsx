import { plural, type PluralForms } from '@talentregion/shared/i18n/plural'
import type { Locale } from '@talentregion/shared/locales'
import { useMemo, useRef } from 'react'

import { ChipGroup } from '../directory/ChipGroup'
import { DirectoryCard } from '../directory/DirectoryCard'
import { useFoldOnChoice } from '../directory/useFoldOnChoice'
import { useUrlFilters, type Filters } from '../directory/useUrlFilters'

/** One employer as the directory shows it; prepared at build time. */
export interface DirectoryEmployer {
  id: string
  name: string
  href: string
  industry: string
  municipalities: { slug: string; name: string }[]
  logo: { src: string; srcSet: string; width: number; height: number } | null
}

export interface DirectoryStrings {
  municipality: string
  industry: string
  all: string
  count: PluralForms
  filtersTitle: string
  /** "Showing: {value}." */
  showing: string
  showAll: string
}

interface Props {
  locale: Locale
  employers: DirectoryEmployer[]
  municipalities: { slug: string; name: string }[]
  industries: { value: string; label: string }[]
  strings: DirectoryStrings
}

/** Whether an employer is in the chosen municipality and industry (either may be unchosen). */
function matches(employer: DirectoryEmployer, { municipality, industry }: Filters): boolean {
  return (
    (!municipality || employer.municipalities.some((place) => place.slug === municipality)) &&
    (!industry || employer.industry === industry)
  )
}

/**
 * The employer directory's filters: municipality and industry chips that filter in the
 * browser (no server round trip), keep their state in the URL so a view can be shared, and
 * announce the result count to screen readers. Without JavaScript the full list shows, unfiltered.
 * On a phone a choice folds the filters and brings the results into view (useFoldOnChoice).
 */
export default function EmployerDirectory({
  locale,
  employers,
  municipalities,
  industries,
  strings,
}: Props) {
  const [filters, update] = useUrlFilters()
  const { fold, results, beforeChoice } = useFoldOnChoice(filters)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const chosen = [filters.municipality, filters.industry].filter(Boolean).length
  const visible = useMemo(
    () => employers.filter((employer) => matches(employer, filters)),
    [employers, filters],
  )
  const chosenNames = [
    municipalities.find((place) => place.slug === filters.municipality)?.name,
    industries.find((industry) => industry.value === filters.industry)?.label,
  ].filter(Boolean)

  const choose = (next: Filters) => {
    beforeChoice()
    update(next)
  }

  return (
    <div className="directory">
      {/* Rendered with the page, so the list does not move when the filters start to work;
          hidden where scripts do not run (`needs-script`, see BaseLayout). Folded on a phone so
          the employers come first; always open on a wide screen (CSS). */}
      <details className="directory__filters needs-script" ref={fold}>
        <summary>
          {strings.filtersTitle}
          {chosen > 0 && ` (${chosen})`}
        </summary>
        <ChipGroup
          legend={strings.municipality}
          all={strings.all}
          options={municipalities.map((place) => ({ value: place.slug, label: place.name }))}
          current={filters.municipality}
          onChange={(municipality) => choose({ ...filters, municipality })}
        />
        <ChipGroup
          legend={strings.industry}
          all={strings.all}
          options={industries}
          current={filters.industry}
          onChange={(industry) => choose({ ...filters, industry })}
        />
      </details>
      <div className="directory__results">
        {chosen > 0 && (
          <p className="facets-current">
            {strings.showing.replace('{value}', () => chosenNames.join(', '))}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                update({ municipality: null, industry: null })
                // The button goes with the choice: focus stays at the results, on their count.
                statusRef.current?.focus()
              }}
            >
              {strings.showAll}
            </button>
          </p>
        )}
        <p role="status" aria-live="polite" className="facets-count" ref={statusRef} tabIndex={-1}>
          {plural(locale, strings.count, visible.length)}
        </p>
        <ul className="cards" ref={results}>
          {visible.map((employer, index) => (
            <li key={employer.id}>
              <DirectoryCard employer={employer} first={index === 0} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
