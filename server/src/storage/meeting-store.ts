import type { MapId } from '../../../shared/src/index.ts'
import type {
  AttendanceEntry,
  ChangeRecord,
  SessionInfo,
  VoteInfo,
} from '../../../shared/src/meeting/meeting-types.ts'

/** Everything the minutes need of one session (read by the exports). */
export interface SessionDetails {
  readonly info: SessionInfo
  /** The encoded Y.Doc state when the session started. */
  readonly startSnapshot: Uint8Array
  /** The encoded state when it ended; null while it runs. */
  readonly endSnapshot: Uint8Array | null
  /** Sorted by firstSeenAt. */
  readonly attendance: readonly AttendanceEntry[]
  /** Sorted by `at`. */
  readonly changes: readonly ChangeRecord[]
  /** The votes opened during the session, WITH results (the store is trusted; the API filters). */
  readonly votes: readonly VoteInfo[]
}

/** A vote with its dots as the server keeps them. */
export interface StoredVote {
  readonly mapId: MapId
  readonly sessionId: string | null
  readonly info: VoteInfo
  /** participantId → recordId → dots. */
  readonly dots: ReadonlyMap<string, ReadonlyMap<string, number>>
}

/** Thrown by `createSession` when the map already has an open session. */
export class SessionAlreadyOpenError extends Error {}

/**
 * The meeting part of the store: sessions with their snapshots, attendance, attribution and
 * dot votes. Kept by the server, not in the Y.Doc, so no participant can rewrite or peek.
 */
export interface MeetingStore {
  /** Starts a session; throws SessionAlreadyOpenError when one is open already. */
  createSession(mapId: MapId, info: SessionInfo, startSnapshot: Uint8Array): Promise<void>
  /** Ends an open session with its end snapshot; false when there is no such open session. */
  endSession(
    mapId: MapId,
    sessionId: string,
    endedAt: number,
    endSnapshot: Uint8Array,
  ): Promise<boolean>
  /** The map's open session, if any. */
  openSession(mapId: MapId): Promise<SessionInfo | null>
  /** Every session of the map, newest first. */
  listSessions(mapId: MapId): Promise<SessionInfo[]>
  /** A session with snapshots, attendance, changes and votes; null when unknown. */
  getSession(mapId: MapId, sessionId: string): Promise<SessionDetails | null>
  /** Notes that a participant was present; keeps the first time and any correction. */
  recordAttendance(sessionId: string, entry: AttendanceEntry): Promise<void>
  /** The facilitator's corrected list replaces the recorded one. */
  replaceAttendance(sessionId: string, entries: readonly AttendanceEntry[]): Promise<void>
  /** Appends attribution records (already coalesced by the recorder). */
  appendChanges(sessionId: string, changes: readonly ChangeRecord[]): Promise<void>
  /** Opens a vote (results hidden). */
  createVote(mapId: MapId, sessionId: string | null, info: VoteInfo): Promise<void>
  /** A vote with its dots, or null. */
  getVote(mapId: MapId, voteId: string): Promise<StoredVote | null>
  /** Every vote of the map with results, oldest first. */
  listVotes(mapId: MapId): Promise<VoteInfo[]>
  /** Sets how many dots a participant has on a record (0 removes them). */
  setDots(voteId: string, participantId: string, recordId: string, dots: number): Promise<void>
  /** Marks a vote revealed and/or closed. */
  updateVote(
    voteId: string,
    change: { readonly revealed?: boolean; readonly closedAt?: number },
  ): Promise<void>
}
