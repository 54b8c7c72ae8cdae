import { useId } from 'react'

interface Props<T extends string> {
  readonly title: string
  readonly intro?: string
  readonly values: readonly T[]
  readonly label: (value: T) => string
  /** Whether the box of this value is ticked. */
  readonly checked: (value: T) => boolean
  readonly onToggle: (value: T) => void
}

/** A group of checkboxes, one per kind, sector, theme or status. */
export function FilterChecks<T extends string>(props: Props<T>) {
  const { title, intro, values, label, checked, onToggle } = props
  const introId = useId()
  return (
    <fieldset className="filter-checks" aria-describedby={intro ? introId : undefined}>
      <legend>{title}</legend>
      {intro && (
        <p id={introId} className="filter-hint">
          {intro}
        </p>
      )}
      {values.map((value) => (
        <label key={value}>
          <input type="checkbox" checked={checked(value)} onChange={() => onToggle(value)} />
          {label(value)}
        </label>
      ))}
    </fieldset>
  )
}
