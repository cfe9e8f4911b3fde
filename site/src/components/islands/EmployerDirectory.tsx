import { plural, type PluralForms } from '@talentregion/shared/i18n/plural'
import type { Locale } from '@talentregion/shared/locales'
import { useMemo } from 'react'

import { ChipGroup } from '../directory/ChipGroup'
import { DirectoryCard } from '../directory/DirectoryCard'
import { useUrlFilters } from '../directory/useUrlFilters'

/** One employer as the directory shows it; prepared at build time. */
export interface DirectoryEmployer {
  id: string
  name: string
  href: string
  industry: string
  industryLabel: string
  municipalities: { slug: string; name: string }[]
  logo: { src: string; srcSet: string; width: number; height: number } | null
}

export interface DirectoryStrings {
  municipality: string
  industry: string
  all: string
  count: PluralForms
  clear: string
  filtersTitle: string
}

interface Props {
  locale: Locale
  employers: DirectoryEmployer[]
  municipalities: { slug: string; name: string }[]
  industries: { value: string; label: string }[]
  strings: DirectoryStrings
}

/**
 * The employer directory's filters: municipality and industry chips that filter in the
 * browser (no server round trip), keep their state in the URL so a view can be shared, and
 * announce the result count to screen readers. Without JavaScript the full list shows, unfiltered.
 */
export default function EmployerDirectory({
  locale,
  employers,
  municipalities,
  industries,
  strings,
}: Props) {
  const [filters, update] = useUrlFilters()
  const chosen = [filters.municipality, filters.industry].filter(Boolean).length
  const visible = useMemo(
    () =>
      employers.filter(
        (employer) =>
          (!filters.municipality ||
            employer.municipalities.some((place) => place.slug === filters.municipality)) &&
          (!filters.industry || employer.industry === filters.industry),
      ),
    [employers, filters],
  )

  return (
    <div className="directory">
      {/* Rendered with the page, so the list does not move when the filters start to work;
          hidden where scripts do not run (`needs-script`, see BaseLayout). Folded on a phone so
          the employers come first; always open on a wide screen (CSS). */}
      <details className="directory__filters needs-script">
        <summary>
          {strings.filtersTitle}
          {chosen > 0 && ` (${chosen})`}
        </summary>
        <ChipGroup
          legend={strings.municipality}
          all={strings.all}
          options={municipalities.map((place) => ({ value: place.slug, label: place.name }))}
          current={filters.municipality}
          onChange={(municipality) => update({ ...filters, municipality })}
        />
        <ChipGroup
          legend={strings.industry}
          all={strings.all}
          options={industries}
          current={filters.industry}
          onChange={(industry) => update({ ...filters, industry })}
        />
        {chosen > 0 && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => update({ municipality: null, industry: null })}
          >
            {strings.clear}
          </button>
        )}
      </details>
      <p role="status" aria-live="polite" className="meta">
        {plural(locale, strings.count, visible.length)}
      </p>
      <ul className="cards">
        {visible.map((employer, index) => (
          <li key={employer.id}>
            <DirectoryCard employer={employer} first={index === 0} />
          </li>
        ))}
      </ul>
    </div>
  )
}
