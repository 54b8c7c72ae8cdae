import { type ReactNode, useId } from 'react'

interface Props {
  readonly title: string
  /** The figure in one plain sentence. */
  readonly sentence: string
  readonly children?: ReactNode
}

/** One figure of the analysis: a heading, its sentence, and the actors behind it. */
export function Figure({ title, sentence, children }: Props) {
  const id = useId()
  return (
    <section className="analysis-figure" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p>{sentence}</p>
      {children}
    </section>
  )
}
