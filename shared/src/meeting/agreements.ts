import * as Y from 'yjs'
import { randomId } from '../schema/ids.ts'
import { type Agreement, agreementSchema } from './meeting-types.ts'

/*
 * Agreements (Verabredungen) are map content: `doc.getMap('agreements')`, id → nested Y.Map,
 * so concurrent edits of different fields merge. Each mutation is one transaction and checks
 * the result against agreementSchema before it writes anything.
 */

type YAgreement = Y.Map<unknown>

/** `doc.getMap('agreements')`: agreement id → Y.Map of the agreement's fields. */
export const agreementsMap = (doc: Y.Doc): Y.Map<YAgreement> => doc.getMap('agreements')

/** What a user enters for a new agreement. */
export interface NewAgreement {
  readonly text: string
  readonly owner?: string
  readonly due?: string
  readonly nodeIds?: readonly string[]
  readonly edgeIds?: readonly string[]
  readonly sessionId?: string
  /** Defaults to now. */
  readonly createdAt?: number
}

/** The editable fields; an empty `owner` or `due` clears it. */
export type AgreementPatch = Partial<
  Pick<NewAgreement, 'text' | 'owner' | 'due' | 'nodeIds' | 'edgeIds'>
>

const EDITABLE = ['text', 'owner', 'due', 'nodeIds', 'edgeIds'] as const

function plain(record: YAgreement): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of record.entries()) fields[key] = value
  return fields
}

/** Adds an agreement in one transaction and returns its id; throws on invalid input. */
export function addAgreement(doc: Y.Doc, input: NewAgreement, origin?: unknown): string {
  const parsed = agreementSchema.parse({
    ...input,
    owner: input.owner?.trim() || undefined,
    due: input.due || undefined,
    nodeIds: input.nodeIds ? [...input.nodeIds] : [],
    edgeIds: input.edgeIds ? [...input.edgeIds] : [],
    createdAt: input.createdAt ?? Date.now(),
  })
  const id = randomId()
  doc.transact(() => {
    const record = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(parsed)) {
      if (value !== undefined) record.set(key, value)
    }
    agreementsMap(doc).set(id, record)
  }, origin)
  return id
}

/** Changes an agreement's fields in one transaction; false when it does not exist. */
export function updateAgreement(
  doc: Y.Doc,
  id: string,
  patch: AgreementPatch,
  origin?: unknown,
): boolean {
  const record = agreementsMap(doc).get(id)
  if (!(record instanceof Y.Map)) return false
  const merged: Record<string, unknown> = { ...plain(record) }
  for (const key of EDITABLE) {
    if (!(key in patch)) continue
    const value = patch[key]
    merged[key] = Array.isArray(value) ? [...value] : value === '' ? undefined : value
  }
  const parsed = agreementSchema.parse(merged) as Record<string, unknown>
  doc.transact(() => {
    for (const key of EDITABLE) {
      if (!(key in patch)) continue
      const value = parsed[key]
      if (value === undefined) record.delete(key)
      else if (JSON.stringify(record.get(key)) !== JSON.stringify(value)) record.set(key, value)
    }
  }, origin)
  return true
}

/** Deletes an agreement; false when it did not exist. */
export function deleteAgreement(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!agreementsMap(doc).has(id)) return false
  doc.transact(() => agreementsMap(doc).delete(id), origin)
  return true
}

/** Every valid agreement of the document, oldest first; invalid entries are skipped. */
export function readAgreements(doc: Y.Doc): Agreement[] {
  const agreements: Agreement[] = []
  for (const [id, record] of agreementsMap(doc).entries()) {
    if (!(record instanceof Y.Map)) continue
    const parsed = agreementSchema.safeParse(plain(record))
    if (parsed.success) agreements.push({ ...parsed.data, id })
  }
  return agreements.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}
