import { z } from 'zod'

export const TITLE_MAX_LENGTH = 200
export const AREA_MAX_LENGTH = 200

/** The map's metadata under `doc.getMap('meta')` (DESIGN.md §4). */
export const metaRecordSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  title: z.string().max(TITLE_MAX_LENGTH),
  area: z.string().max(AREA_MAX_LENGTH).optional(),
})
export type MetaRecord = z.infer<typeof metaRecordSchema>

/** What a user enters to create a map: title and Sozialraum, trimmed and bounded. */
export const newMapInputSchema = z.object({
  title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  area: z.string().trim().max(AREA_MAX_LENGTH).optional(),
})
export type NewMapInput = z.infer<typeof newMapInputSchema>
