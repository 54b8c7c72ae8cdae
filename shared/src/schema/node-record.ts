import { z } from 'zod'
import type { NodeId } from './ids.ts'
import { positionSchema } from './position.ts'
import { NODE_KINDS, SECTORS, THEMES } from './vocabulary.ts'

export const LABEL_MAX_LENGTH = 500
export const DESCRIPTION_MAX_LENGTH = 2000
export const PLANNING_AREA_MAX_LENGTH = 200
export const WEBSITE_MAX_LENGTH = 500
export const CONTACT_MAX_LENGTH = 500

export const nodeKindSchema = z.enum(NODE_KINDS)
export const sectorSchema = z.enum(SECTORS)
export const themeSchema = z.enum(THEMES)

/** Whether a string is an absolute http(s) URL (no `javascript:` or `data:` links in a map). */
export function isWebUrl(value: string): boolean {
  if (value.length > WEBSITE_MAX_LENGTH) return false
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export const websiteSchema = z.string().refine(isWebUrl, 'Only http and https links')

/** A node as stored under `doc.getMap('nodes').get(id)` (schema v2, DESIGN.md §4). */
export const nodeRecordSchema = z.object({
  kind: nodeKindSchema,
  label: z.string().max(LABEL_MAX_LENGTH),
  position: positionSchema,
  sector: sectorSchema.optional(),
  themes: z.array(themeSchema).optional(),
  /** Short description of the actor or offer (v2). */
  description: z.string().max(DESCRIPTION_MAX_LENGTH).optional(),
  /** Sozialraum / Planungsraum the actor works in, e.g. a Berlin PLR (v2). */
  planningArea: z.string().max(PLANNING_AREA_MAX_LENGTH).optional(),
  /** Website of the actor, http(s) only (v2). */
  website: websiteSchema.optional(),
  /** A contact person or address: personal data, marked as such in the UI (v2). */
  contact: z.string().max(CONTACT_MAX_LENGTH).optional(),
})
export type NodeRecord = z.infer<typeof nodeRecordSchema>

/** The free-text fields of a node, each optional and cleared by an empty string. */
export const NODE_TEXT_FIELDS = ['description', 'planningArea', 'website', 'contact'] as const
export type NodeTextField = (typeof NODE_TEXT_FIELDS)[number]

/** A node with its id, as the UI, the analysis and the exports see it. */
export type MapNode = NodeRecord & { readonly id: NodeId }
