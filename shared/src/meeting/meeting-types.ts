import { z } from 'zod'

/*
 * The contract between the meeting features (roles, lock, sessions, votes, attendance) and the
 * minutes exports. Sessions, attendance, attribution and votes are kept by the SERVER (a
 * participant must not be able to rewrite who did what, or peek at hidden votes); agreements
 * are map content and live in the Y.Doc (`doc.getMap('agreements')`).
 */

/** What a token lets its holder do. `facilitate` = the moderation link. */
export const ROLES = ['view', 'edit', 'facilitate'] as const
export type Role = (typeof ROLES)[number]

export const NAME_MAX_LENGTH = 60
export const ORGANISATION_MAX_LENGTH = 120

/**
 * Who a participant says they are, sent once after connecting as a stateless message
 * `{"type":"identify", ...}`. The server keeps it on the connection, stamps it into the
 * participant's awareness (nobody can speak as someone else) and uses it for attendance
 * and for "who changed what".
 */
export const identifySchema = z.object({
  type: z.literal('identify'),
  name: z.string().trim().min(1).max(NAME_MAX_LENGTH),
  organisation: z.string().trim().max(ORGANISATION_MAX_LENGTH).optional(),
  /** A random id the browser keeps (localStorage), so a reconnect is the same person. */
  participantId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
})
export type Identify = z.infer<typeof identifySchema>

/** A participant as the server stamped them (colour assigned by the server). */
export interface Participant {
  readonly participantId: string
  readonly name: string
  readonly organisation?: string
  readonly color: string
  readonly role: Role
}

/** One meeting (Sitzung): the server records from its start who changed what. */
export interface SessionInfo {
  readonly id: string
  readonly title: string
  /** ISO date (YYYY-MM-DD) of the meeting. */
  readonly date: string
  readonly place?: string
  /** Name of the facilitator (Moderation), as they identified. */
  readonly facilitator?: string
  readonly startedAt: number
  readonly endedAt: number | null
}

/** Someone present in a session; corrected entries are marked as edited by the facilitator. */
export interface AttendanceEntry {
  readonly participantId: string
  readonly name: string
  readonly organisation?: string
  readonly present: boolean
  readonly firstSeenAt: number
}

/** Which records one participant's change touched, and when (the attribution journal). */
export interface ChangeRecord {
  readonly at: number
  readonly participantId: string | null
  readonly name: string | null
  readonly nodeIds: readonly string[]
  readonly edgeIds: readonly string[]
}

/** A dot vote: participants place dots on actors, links or notes; hidden until revealed. */
export interface VoteInfo {
  readonly id: string
  readonly question: string
  readonly dotsPerPerson: number
  readonly openedAt: number
  readonly closedAt: number | null
  readonly revealed: boolean
  /** Dots per record id; only present once revealed (or for the facilitator). */
  readonly results?: Readonly<Record<string, number>>
  readonly voters?: number
}

/** An agreement (Verabredung) as stored in `doc.getMap('agreements')`. */
export const agreementSchema = z.object({
  text: z.string().trim().min(1).max(1000),
  /** Who takes care of it (free text: a person or an organisation). */
  owner: z.string().max(200).optional(),
  /** ISO date (YYYY-MM-DD) until when. */
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  nodeIds: z.array(z.string()).max(50).default([]),
  edgeIds: z.array(z.string()).max(50).default([]),
  /** The session in which it was agreed, if one was running. */
  sessionId: z.string().optional(),
  createdAt: z.number(),
})
export type Agreement = z.infer<typeof agreementSchema> & { readonly id: string }
