import type * as Y from 'yjs'

/** What a piece of code did to a doc: its transactions (with origins) and emitted updates. */
export interface DocActivity {
  readonly transactions: number
  readonly updates: number
  readonly origins: readonly unknown[]
}

/**
 * Runs `action` and counts the transactions and updates it caused on `doc`, to assert that a
 * user intent is exactly one transaction (one undo step, one message to the others).
 */
export function observeDoc(doc: Y.Doc, action: () => void): DocActivity {
  const origins: unknown[] = []
  let updates = 0
  const onTransaction = (transaction: Y.Transaction) => {
    origins.push(transaction.origin)
  }
  const onUpdate = () => {
    updates++
  }
  doc.on('afterTransaction', onTransaction)
  doc.on('update', onUpdate)
  try {
    action()
  } finally {
    doc.off('afterTransaction', onTransaction)
    doc.off('update', onUpdate)
  }
  return { transactions: origins.length, updates, origins }
}
