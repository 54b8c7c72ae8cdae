/*
 * Confirming an import in this tab: the plan is written into the live document with our own
 * origin, so the others see it at once and the user's own undo takes it back. The imported
 * actors are then arranged by the force layout, in the same undo step.
 */

import type * as Y from 'yjs'
import type { ImportPlan } from '../../../../shared/src/formats/import-plan.ts'
import type { DuplicateMode } from '../../../../shared/src/formats/resolve.ts'
import { moveNodes, type NodeId, type Position, readMap } from '../../shared.ts'
import { undoManagerOf } from '../editing/undo.ts'
import { runLayout } from '../layout/run-layout.ts'
import { LOCAL_ORIGIN } from '../sync/origin.ts'

export interface AppliedImport {
  readonly actorsAdded: number
  readonly actorsMerged: number
  readonly actorsSkipped: number
  readonly linksAdded: number
  readonly nodeIds: readonly NodeId[]
  /** Where the layout put the new actors (empty when the file had positions or it failed). */
  readonly positions: ReadonlyMap<NodeId, Position>
}

/**
 * Applies a previewed plan and lays out the new actors. The undo stack captures both writes as
 * one step however long the layout takes (the dialog is modal meanwhile, so nothing else of
 * ours can slip in between).
 */
export async function applyImportLocally(
  doc: Y.Doc,
  plan: ImportPlan,
  duplicates: DuplicateMode,
): Promise<AppliedImport> {
  // Loaded with the dialog's confirm only: the apply code is not part of the map's first load.
  const { applyImportPlan } = await import('../../../../shared/src/formats/apply-import.ts')
  const manager = undoManagerOf(doc)
  const normalTimeout = manager.captureTimeout
  manager.stopCapturing()
  manager.captureTimeout = Number.POSITIVE_INFINITY
  try {
    const report = applyImportPlan(doc, plan, { duplicates, origin: LOCAL_ORIGIN })
    // A file with positions (our JSON, yEd's GraphML) keeps its own picture of the network.
    const positioned = plan.nodes.some((n) => n.position !== undefined)
    const positions = positioned ? new Map() : await placeImported(doc, report.nodeIds)
    return { ...report, positions }
  } finally {
    manager.captureTimeout = normalTimeout
    manager.stopCapturing()
  }
}

/** Force layout of the imported actors among themselves, kept right of what was there. */
async function placeImported(doc: Y.Doc, ids: readonly NodeId[]): Promise<Map<NodeId, Position>> {
  const fresh = new Set<string>(ids)
  if (fresh.size < 2) return new Map()
  const model = readMap(doc)
  const nodes = model.nodes.filter((n) => fresh.has(n.id))
  const edges = model.edges.filter((e) => fresh.has(e.source) && fresh.has(e.target))
  let result: ReadonlyMap<NodeId, Position>
  try {
    result = await runLayout('force', { nodes, edges })
  } catch {
    return new Map()
  }
  // The grid of applyImportPlan starts right of the existing map; the layout must not spill
  // back over it. Loops, not Math.min(...spread): thousands of arguments overflow the stack.
  let gridLeft = Number.POSITIVE_INFINITY
  for (const n of nodes) gridLeft = Math.min(gridLeft, n.position.x)
  let layoutLeft = Number.POSITIVE_INFINITY
  for (const p of result.values()) layoutLeft = Math.min(layoutLeft, p.x)
  const dx = Math.max(0, gridLeft - layoutLeft)
  const positions = new Map<NodeId, Position>()
  for (const [id, p] of result) positions.set(id, { x: Math.round(p.x + dx), y: p.y })
  moveNodes(
    doc,
    [...positions].map(([id, position]) => ({ id, position })),
    LOCAL_ORIGIN,
  )
  return positions
}
