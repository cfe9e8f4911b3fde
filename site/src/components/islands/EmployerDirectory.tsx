import { plural, type PluralForms } from '@talentregion/shared/i18n/plural'
import type { Locale } from '@talentregion/shared/locales'
import { useEffect, useMemo, useState } from 'react'

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

type Filters = { municipality: string | null; industry: string | null }

function readFilters(): Filters {
  const params = new URLSearchParams(window.location.search)
  return { municipality: params.get('municipality'), industry: params.get('industry') }
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

  const chipGroup = (
    legend: string,
    options: { value: string; label: string }[],
    current: string | null,
    set: (value: string | null) => void,
  ) => (
    <fieldset className="chips">
      <legend>{legend}</legend>
      <button
        type="button"
        className="chip"
        aria-pressed={current === null}
        onClick={() => set(null)}
      >
        {strings.all}
      </button>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="chip"
          aria-pressed={current === option.value}
          onClick={() => set(current === option.value ? null : option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
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
        {chipGroup(
          strings.municipality,
          municipalities.map((place) => ({ value: place.slug, label: place.name })),
          filters.municipality,
          (municipality) => update({ ...filters, municipality }),
        )}
        {chipGroup(strings.industry, industries, filters.industry, (industry) =>
          update({ ...filters, industry }),
        )}
        {(filters.municipality || filters.industry) && (
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
            <article className="card">
              {employer.logo && (
                <div className="logo-tile">
                  <img
                    src={employer.logo.src}
                    srcSet={employer.logo.srcSet}
                    sizes="16rem"
                    width={employer.logo.width}
                    height={employer.logo.height}
                    alt=""
                    // The first logo is what a phone shows first.
                    loading={index === 0 ? 'eager' : 'lazy'}
                    fetchPriority={index === 0 ? 'high' : undefined}
                    decoding="async"
                  />
                </div>
              )}
              <h2>
                <a href={employer.href}>{employer.name}</a>
              </h2>
              <ul className="tags">
                <li>{employer.industryLabel}</li>
                {employer.municipalities.map((place) => (
                  <li key={place.slug}>{place.name}</li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </div>
  )
}
