import type { Editor } from '../editor/editor-context.ts'
import { requestPropertiesFocus } from './focus-request.ts'

/**
 * Opens the "Eigenschaften" tab with its first field focused, for whatever is selected: Enter
 * on a node, a context menu entry, a table row. Select the record first (editor.select).
 */
export function openProperties(editor: Pick<Editor, 'openTab'>): void {
  editor.openTab('properties')
  requestPropertiesFocus()
}
