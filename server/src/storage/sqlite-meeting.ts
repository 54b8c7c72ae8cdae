import type Database from 'better-sqlite3'
import type { MapId } from '../../../shared/src/index.ts'
import type {
  AttendanceEntry,
  ChangeRecord,
  SessionInfo,
  VoteInfo,
} from '../../../shared/src/meeting/meeting-types.ts'
import {
  type MeetingStore,
  SessionAlreadyOpenError,
  type SessionDetails,
  type StoredVote,
} from './meeting-store.ts'

interface SessionRow {
  id: string
  title: string
  date: string
  place: string | null
  facilitator: string | null
  started_at: number
  ended_at: number | null
}
interface AttendanceRow {
  participant_id: string
  name: string
  organisation: string | null
  present: number
  first_seen_at: number
}
interface ChangeRow {
  at: number
  participant_id: string | null
  name: string | null
  node_ids: string
  edge_ids: string
}
interface VoteRow {
  id: string
  map_id: string
  session_id: string | null
  question: string
  dots_per_person: number
  opened_at: number
  closed_at: number | null
  revealed: number
}
interface DotRow {
  vote_id: string
  participant_id: string
  record_id: string
  dots: number
}

const toBuffer = (data: Uint8Array): Buffer =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength)

const toSession = (row: SessionRow): SessionInfo => ({
  id: row.id,
  title: row.title,
  date: row.date,
  ...(row.place !== null ? { place: row.place } : {}),
  ...(row.facilitator !== null ? { facilitator: row.facilitator } : {}),
  startedAt: row.started_at,
  endedAt: row.ended_at,
})

const toAttendance = (row: AttendanceRow): AttendanceEntry => ({
  participantId: row.participant_id,
  name: row.name,
  ...(row.organisation !== null ? { organisation: row.organisation } : {}),
  present: row.present === 1,
  firstSeenAt: row.first_seen_at,
})

const toChange = (row: ChangeRow): ChangeRecord => ({
  at: row.at,
  participantId: row.participant_id,
  name: row.name,
  nodeIds: JSON.parse(row.node_ids) as string[],
  edgeIds: JSON.parse(row.edge_ids) as string[],
})

/** A vote with its totals (dots per record) and how many people voted. */
function toVote(row: VoteRow, dots: readonly DotRow[]): VoteInfo {
  const results: Record<string, number> = {}
  const voters = new Set<string>()
  for (const dot of dots) {
    if (dot.dots <= 0) continue
    results[dot.record_id] = (results[dot.record_id] ?? 0) + dot.dots
    voters.add(dot.participant_id)
  }
  return {
    id: row.id,
    question: row.question,
    dotsPerPerson: row.dots_per_person,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    revealed: row.revealed === 1,
    results,
    voters: voters.size,
  }
}

/** The meeting half of the SQLite store, on an open, migrated database. */
export function sqliteMeetingStore(db: Database.Database): MeetingStore {
  const q = {
    insertSession: db.prepare(
      `INSERT INTO sessions (id, map_id, title, date, place, facilitator, started_at, ended_at,
         start_snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
    ),
    endSession: db.prepare(
      `UPDATE sessions SET ended_at = ?, end_snapshot = ?
       WHERE id = ? AND map_id = ? AND ended_at IS NULL`,
    ),
    openSession: db.prepare('SELECT * FROM sessions WHERE map_id = ? AND ended_at IS NULL'),
    listSessions: db.prepare(
      'SELECT * FROM sessions WHERE map_id = ? ORDER BY started_at DESC, rowid DESC',
    ),
    session: db.prepare('SELECT * FROM sessions WHERE id = ? AND map_id = ?'),
    attendance: db.prepare(
      'SELECT * FROM attendance WHERE session_id = ? ORDER BY first_seen_at, participant_id',
    ),
    // A participant seen again keeps the first time; a corrected entry keeps its correction.
    seen: db.prepare(
      `INSERT INTO attendance (session_id, participant_id, name, organisation, present,
         first_seen_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    clearAttendance: db.prepare('DELETE FROM attendance WHERE session_id = ?'),
    insertChange: db.prepare(
      `INSERT INTO changes (session_id, at, participant_id, name, node_ids, edge_ids)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    changes: db.prepare('SELECT * FROM changes WHERE session_id = ? ORDER BY at, id'),
    insertVote: db.prepare(
      `INSERT INTO votes (id, map_id, session_id, question, dots_per_person, opened_at,
         closed_at, revealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    vote: db.prepare('SELECT * FROM votes WHERE id = ? AND map_id = ?'),
    votesOfMap: db.prepare('SELECT * FROM votes WHERE map_id = ? ORDER BY opened_at, rowid'),
    votesOfSession: db.prepare(
      'SELECT * FROM votes WHERE session_id = ? ORDER BY opened_at, rowid',
    ),
    dots: db.prepare('SELECT * FROM dots WHERE vote_id = ?'),
    setDots: db.prepare(
      `INSERT INTO dots (vote_id, participant_id, record_id, dots) VALUES (?, ?, ?, ?)
       ON CONFLICT (vote_id, participant_id, record_id) DO UPDATE SET dots = excluded.dots`,
    ),
    deleteDots: db.prepare(
      'DELETE FROM dots WHERE vote_id = ? AND participant_id = ? AND record_id = ?',
    ),
    reveal: db.prepare('UPDATE votes SET revealed = 1 WHERE id = ?'),
    close: db.prepare('UPDATE votes SET closed_at = ? WHERE id = ? AND closed_at IS NULL'),
  }

  const votesWithResults = (rows: VoteRow[]): VoteInfo[] =>
    rows.map((row) => toVote(row, q.dots.all(row.id) as DotRow[]))

  const createSession = db.transaction((mapId: string, info: SessionInfo, start: Uint8Array) => {
    if (q.openSession.get(mapId) !== undefined) throw new SessionAlreadyOpenError()
    q.insertSession.run(
      info.id,
      mapId,
      info.title,
      info.date,
      info.place ?? null,
      info.facilitator ?? null,
      info.startedAt,
      toBuffer(start),
    )
  })

  const getSession = db.transaction((mapId: string, id: string): SessionDetails | null => {
    const row = q.session.get(id, mapId) as
      | (SessionRow & { start_snapshot: Buffer; end_snapshot: Buffer | null })
      | undefined
    if (!row) return null
    return {
      info: toSession(row),
      startSnapshot: new Uint8Array(row.start_snapshot),
      endSnapshot: row.end_snapshot ? new Uint8Array(row.end_snapshot) : null,
      attendance: (q.attendance.all(id) as AttendanceRow[]).map(toAttendance),
      changes: (q.changes.all(id) as ChangeRow[]).map(toChange),
      votes: votesWithResults(q.votesOfSession.all(id) as VoteRow[]),
    }
  })

  const replaceAttendance = db.transaction((id: string, entries: readonly AttendanceEntry[]) => {
    q.clearAttendance.run(id)
    for (const e of entries) {
      q.seen.run(
        id,
        e.participantId,
        e.name,
        e.organisation ?? null,
        e.present ? 1 : 0,
        e.firstSeenAt,
      )
    }
  })

  const appendChanges = db.transaction((id: string, changes: readonly ChangeRecord[]) => {
    for (const c of changes) {
      const nodes = JSON.stringify(c.nodeIds)
      const edges = JSON.stringify(c.edgeIds)
      q.insertChange.run(id, c.at, c.participantId, c.name, nodes, edges)
    }
  })

  const getVote = db.transaction((mapId: string, voteId: string): StoredVote | null => {
    const row = q.vote.get(voteId, mapId) as VoteRow | undefined
    if (!row) return null
    const dotRows = q.dots.all(voteId) as DotRow[]
    const dots = new Map<string, Map<string, number>>()
    for (const dot of dotRows) {
      const mine = dots.get(dot.participant_id) ?? new Map<string, number>()
      mine.set(dot.record_id, dot.dots)
      dots.set(dot.participant_id, mine)
    }
    return {
      mapId: row.map_id as MapId,
      sessionId: row.session_id,
      info: toVote(row, dotRows),
      dots,
    }
  })

  return {
    async createSession(mapId, info, startSnapshot) {
      try {
        createSession(mapId, info, startSnapshot)
      } catch (error) {
        // The partial unique index catches a second process racing this one.
        if (
          error instanceof Error &&
          /UNIQUE constraint failed: sessions\.map_id/.test(error.message)
        ) {
          throw new SessionAlreadyOpenError()
        }
        throw error
      }
    },
    async endSession(mapId, sessionId, endedAt, endSnapshot) {
      return q.endSession.run(endedAt, toBuffer(endSnapshot), sessionId, mapId).changes === 1
    },
    async openSession(mapId) {
      const row = q.openSession.get(mapId) as SessionRow | undefined
      return row ? toSession(row) : null
    },
    async listSessions(mapId) {
      return (q.listSessions.all(mapId) as SessionRow[]).map(toSession)
    },
    async getSession(mapId, sessionId) {
      return getSession(mapId, sessionId)
    },
    async recordAttendance(sessionId, e) {
      q.seen.run(
        sessionId,
        e.participantId,
        e.name,
        e.organisation ?? null,
        e.present ? 1 : 0,
        e.firstSeenAt,
      )
    },
    async replaceAttendance(sessionId, entries) {
      replaceAttendance(sessionId, entries)
    },
    async appendChanges(sessionId, changes) {
      if (changes.length > 0) appendChanges(sessionId, changes)
    },
    async createVote(mapId, sessionId, info) {
      q.insertVote.run(
        info.id,
        mapId,
        sessionId,
        info.question,
        info.dotsPerPerson,
        info.openedAt,
        info.closedAt,
        info.revealed ? 1 : 0,
      )
    },
    async getVote(mapId, voteId) {
      return getVote(mapId, voteId)
    },
    async listVotes(mapId) {
      return votesWithResults(q.votesOfMap.all(mapId) as VoteRow[])
    },
    async setDots(voteId, participantId, recordId, dots) {
      if (dots > 0) q.setDots.run(voteId, participantId, recordId, dots)
      else q.deleteDots.run(voteId, participantId, recordId)
    },
    async updateVote(voteId, change) {
      if (change.revealed) q.reveal.run(voteId)
      if (change.closedAt !== undefined) q.close.run(change.closedAt, voteId)
    },
  }
}
