import type { Pool, PoolClient } from 'pg'
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
import { inTransaction } from './postgres-schema.ts'

// BIGINT arrives as a string (it may exceed 2^53); our times and counters never do.
type Big = string | number

interface SessionRow {
  id: string
  title: string
  date: string
  place: string | null
  facilitator: string | null
  started_at: Big
  ended_at: Big | null
}
interface AttendanceRow {
  participant_id: string
  name: string
  organisation: string | null
  present: boolean
  first_seen_at: Big
}
interface ChangeRow {
  at: Big
  participant_id: string | null
  name: string | null
  node_ids: string[]
  edge_ids: string[]
}
interface VoteRow {
  id: string
  map_id: string
  session_id: string | null
  question: string
  dots_per_person: number
  opened_at: Big
  closed_at: Big | null
  revealed: boolean
}
interface DotRow {
  vote_id: string
  participant_id: string
  record_id: string
  dots: number
}

type Queryable = Pick<Pool | PoolClient, 'query'>

const num = (value: Big): number => Number(value)
const numOrNull = (value: Big | null): number | null => (value === null ? null : Number(value))

const toSession = (row: SessionRow): SessionInfo => ({
  id: row.id,
  title: row.title,
  date: row.date,
  ...(row.place !== null ? { place: row.place } : {}),
  ...(row.facilitator !== null ? { facilitator: row.facilitator } : {}),
  startedAt: num(row.started_at),
  endedAt: numOrNull(row.ended_at),
})

const toAttendance = (row: AttendanceRow): AttendanceEntry => ({
  participantId: row.participant_id,
  name: row.name,
  ...(row.organisation !== null ? { organisation: row.organisation } : {}),
  present: row.present,
  firstSeenAt: num(row.first_seen_at),
})

const toChange = (row: ChangeRow): ChangeRecord => ({
  at: num(row.at),
  participantId: row.participant_id,
  name: row.name,
  nodeIds: row.node_ids,
  edgeIds: row.edge_ids,
})

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
    openedAt: num(row.opened_at),
    closedAt: numOrNull(row.closed_at),
    revealed: row.revealed,
    results,
    voters: voters.size,
  }
}

async function votesWithResults(db: Queryable, rows: VoteRow[]): Promise<VoteInfo[]> {
  if (rows.length === 0) return []
  const { rows: dots } = await db.query<DotRow>('SELECT * FROM dots WHERE vote_id = ANY($1)', [
    rows.map((r) => r.id),
  ])
  return rows.map((row) =>
    toVote(
      row,
      dots.filter((d) => d.vote_id === row.id),
    ),
  )
}

const SEEN = `INSERT INTO attendance (session_id, participant_id, name, organisation, present,
  first_seen_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`

const seenParams = (sessionId: string, e: AttendanceEntry) => [
  sessionId,
  e.participantId,
  e.name,
  e.organisation ?? null,
  e.present,
  e.firstSeenAt,
]

/** The meeting half of the PostgreSQL store, on a migrated database. */
export function postgresMeetingStore(pool: Pool): MeetingStore {
  return {
    async createSession(mapId, info, startSnapshot) {
      try {
        await pool.query(
          `INSERT INTO sessions (id, map_id, title, date, place, facilitator, started_at,
             start_snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            info.id,
            mapId,
            info.title,
            info.date,
            info.place ?? null,
            info.facilitator ?? null,
            info.startedAt,
            Buffer.from(startSnapshot),
          ],
        )
      } catch (error) {
        // The partial unique index makes "one open session per map" hold across instances.
        if ((error as { constraint?: string }).constraint === 'sessions_one_open') {
          throw new SessionAlreadyOpenError()
        }
        throw error
      }
    },
    async endSession(mapId, sessionId, endedAt, endSnapshot) {
      const result = await pool.query(
        `UPDATE sessions SET ended_at = $1, end_snapshot = $2
         WHERE id = $3 AND map_id = $4 AND ended_at IS NULL`,
        [endedAt, Buffer.from(endSnapshot), sessionId, mapId],
      )
      return result.rowCount === 1
    },
    async openSession(mapId) {
      const { rows } = await pool.query<SessionRow>(
        'SELECT * FROM sessions WHERE map_id = $1 AND ended_at IS NULL',
        [mapId],
      )
      return rows[0] ? toSession(rows[0]) : null
    },
    async listSessions(mapId) {
      const { rows } = await pool.query<SessionRow>(
        'SELECT * FROM sessions WHERE map_id = $1 ORDER BY started_at DESC, created_seq DESC',
        [mapId],
      )
      return rows.map(toSession)
    },
    async getSession(mapId, sessionId) {
      // One snapshot of the database, so the parts of the minutes belong together.
      return inTransaction(pool, async (db): Promise<SessionDetails | null> => {
        await db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
        const { rows } = await db.query<
          SessionRow & { start_snapshot: Buffer; end_snapshot: Buffer | null }
        >('SELECT * FROM sessions WHERE id = $1 AND map_id = $2', [sessionId, mapId])
        const row = rows[0]
        if (!row) return null
        const attendance = await db.query<AttendanceRow>(
          'SELECT * FROM attendance WHERE session_id = $1 ORDER BY first_seen_at, participant_id',
          [sessionId],
        )
        const changes = await db.query<ChangeRow>(
          'SELECT * FROM changes WHERE session_id = $1 ORDER BY at, id',
          [sessionId],
        )
        const votes = await db.query<VoteRow>(
          'SELECT * FROM votes WHERE session_id = $1 ORDER BY opened_at, created_seq',
          [sessionId],
        )
        return {
          info: toSession(row),
          startSnapshot: new Uint8Array(row.start_snapshot),
          endSnapshot: row.end_snapshot ? new Uint8Array(row.end_snapshot) : null,
          attendance: attendance.rows.map(toAttendance),
          changes: changes.rows.map(toChange),
          votes: await votesWithResults(db, votes.rows),
        }
      })
    },
    async recordAttendance(sessionId, entry) {
      await pool.query(SEEN, seenParams(sessionId, entry))
    },
    async replaceAttendance(sessionId, entries) {
      await inTransaction(pool, async (db) => {
        await db.query('DELETE FROM attendance WHERE session_id = $1', [sessionId])
        for (const e of entries) await db.query(SEEN, seenParams(sessionId, e))
      })
    },
    async appendChanges(sessionId, changes) {
      if (changes.length === 0) return
      await inTransaction(pool, async (db) => {
        for (const c of changes) {
          await db.query(
            `INSERT INTO changes (session_id, at, participant_id, name, node_ids, edge_ids)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [
              sessionId,
              c.at,
              c.participantId,
              c.name,
              JSON.stringify(c.nodeIds),
              JSON.stringify(c.edgeIds),
            ],
          )
        }
      })
    },
    async createVote(mapId, sessionId, info) {
      await pool.query(
        `INSERT INTO votes (id, map_id, session_id, question, dots_per_person, opened_at,
           closed_at, revealed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          info.id,
          mapId,
          sessionId,
          info.question,
          info.dotsPerPerson,
          info.openedAt,
          info.closedAt,
          info.revealed,
        ],
      )
    },
    async getVote(mapId, voteId): Promise<StoredVote | null> {
      const { rows } = await pool.query<VoteRow>(
        'SELECT * FROM votes WHERE id = $1 AND map_id = $2',
        [voteId, mapId],
      )
      const row = rows[0]
      if (!row) return null
      const { rows: dotRows } = await pool.query<DotRow>('SELECT * FROM dots WHERE vote_id = $1', [
        voteId,
      ])
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
    },
    async listVotes(mapId) {
      const { rows } = await pool.query<VoteRow>(
        'SELECT * FROM votes WHERE map_id = $1 ORDER BY opened_at, created_seq',
        [mapId],
      )
      return votesWithResults(pool, rows)
    },
    async setDots(voteId, participantId, recordId, dots) {
      if (dots > 0) {
        await pool.query(
          `INSERT INTO dots (vote_id, participant_id, record_id, dots) VALUES ($1, $2, $3, $4)
           ON CONFLICT (vote_id, participant_id, record_id) DO UPDATE SET dots = excluded.dots`,
          [voteId, participantId, recordId, dots],
        )
      } else {
        await pool.query(
          'DELETE FROM dots WHERE vote_id = $1 AND participant_id = $2 AND record_id = $3',
          [voteId, participantId, recordId],
        )
      }
    },
    async updateVote(voteId, change) {
      if (change.revealed)
        await pool.query('UPDATE votes SET revealed = TRUE WHERE id = $1', [voteId])
      if (change.closedAt !== undefined) {
        await pool.query('UPDATE votes SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL', [
          change.closedAt,
          voteId,
        ])
      }
    },
  }
}
