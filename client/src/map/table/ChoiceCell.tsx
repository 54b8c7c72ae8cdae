interface Props<T extends string | number> {
  readonly readOnly: boolean
  readonly value: T
  readonly options: readonly T[]
  /** The visible text of a value, in the UI language. */
  readonly textOf: (value: T) => string
  /** The select's accessible name, naming the row (e.g. "Art von Caritas"). */
  readonly label: string
  readonly onChange: (value: T) => void
  /** An extra first option for "no value" (shown as its text; `value` then is ''). */
  readonly empty?: { readonly text: string } | undefined
}

/**
 * A table cell that picks one of a fixed set of values: plain text on a view link, a native
 * select otherwise (keyboard, touch and screen readers get the platform's own control).
 */
export function ChoiceCell<T extends string | number>(props: Props<T>) {
  const { readOnly, value, options, textOf, label, onChange, empty } = props
  if (readOnly) return <td>{empty && value === '' ? empty.text : textOf(value)}</td>
  return (
    <td>
      <select
        aria-label={label}
        value={value}
        onChange={(e) => {
          const raw = e.target.value
          const picked = options.find((option) => String(option) === raw)
          onChange(picked ?? ('' as T))
        }}
      >
        {empty && <option value="">{empty.text}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {textOf(option)}
          </option>
        ))}
      </select>
    </td>
  )
}
