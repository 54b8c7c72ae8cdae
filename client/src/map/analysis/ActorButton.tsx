import { useEditor } from '../editor/editor-context.ts'

interface Props {
  readonly ids: readonly string[]
  readonly children: React.ReactNode
}

/** An entry of the analysis that selects its actors on the canvas and brings them into view. */
export function ActorButton({ ids, children }: Props) {
  const editor = useEditor()
  return (
    <button type="button" className="analysis-entry" onClick={() => editor.reveal({ nodes: ids })}>
      {children}
    </button>
  )
}
