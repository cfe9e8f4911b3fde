interface Props {
  legend: string
  /** The label of the chip that clears the choice. */
  all: string
  options: { value: string; label: string }[]
  current: string | null
  onChange: (value: string | null) => void
}

/** One filter as a row of toggle chips; choosing the chosen one again clears it. */
export function ChipGroup({ legend, all, options, current, onChange }: Props) {
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      <button
        type="button"
        className="chip"
        aria-pressed={current === null}
        onClick={() => onChange(null)}
      >
        {all}
      </button>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="chip"
          aria-pressed={current === option.value}
          onClick={() => onChange(current === option.value ? null : option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  )
}
