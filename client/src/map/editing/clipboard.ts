import {
  CLIPBOARD_FORMAT,
  type ClipboardPayload,
  parseClipboardPayload,
} from './clipboard-payload.ts'

// The fallback when the system clipboard is out of reach (no permission, plain-http LAN server).
let memory: string | null = null

/** Remembers a copy in this tab and, where the event allows it, in the system clipboard. */
export function writeClipboard(payload: ClipboardPayload, event?: ClipboardEvent): void {
  const text = JSON.stringify(payload)
  memory = text
  if (event?.clipboardData) {
    event.clipboardData.setData('text/plain', text)
    // Our own type too: a later version can read it without parsing every text paste.
    event.clipboardData.setData(CLIPBOARD_FORMAT.split(';')[0] ?? 'text/plain', text)
    event.preventDefault()
  }
}

/**
 * What a paste brings: our payload from the system clipboard, or the in-tab copy when the
 * system clipboard has no text for us at all. Someone else's text is not ours to paste.
 */
export function readClipboard(event?: ClipboardEvent): ClipboardPayload | null {
  const text = event?.clipboardData?.getData('text/plain') ?? ''
  if (text !== '') return parseClipboardPayload(text)
  return memory === null ? null : parseClipboardPayload(memory)
}
