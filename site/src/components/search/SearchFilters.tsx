import { filterNames, type ChosenFilters, type FilterName } from './pagefind'

interface Props {
  available: Partial<Record<FilterName, string[]>>
  chosen: ChosenFilters
  onChange: (chosen: ChosenFilters) => void
  strings: { filtersTitle: string; any: string; filters: Record<FilterName, string> }
}

/**
 * The filters with more than one value, as chips. Folded away on phones so results come first;
 * shown beside them on wide screens (CSS).
 */
export function SearchFilters({ available, chosen, onChange, strings }: Props) {
  const offered = filterNames.filter((name) => (available[name]?.length ?? 0) > 1)
  if (offered.length === 0) return null
  const chosenCount = Object.values(chosen).filter(Boolean).length
  return (
    <details className="search__filters">
      <summary>
        {strings.filtersTitle}
        {chosenCount > 0 && ` (${chosenCount})`}
      </summary>
      {offered.map((name) => (
        <fieldset key={name} className="chips">
          <legend>{strings.filters[name]}</legend>
          <button
            type="button"
            className="chip"
            aria-pressed={!chosen[name]}
            onClick={() => onChange({ ...chosen, [name]: undefined })}
          >
            {strings.any}
          </button>
          {available[name]!.map((value) => (
            <button
              key={value}
              type="button"
              className="chip"
              aria-pressed={chosen[name] === value}
              onClick={() => onChange({ ...chosen, [name]: value })}
            >
              {value}
            </button>
          ))}
        </fieldset>
      ))}
    </details>
  )
}
