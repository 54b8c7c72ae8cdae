import type { beforeHandleAwarenessPayload, Document } from '@hocuspocus/server'
import * as Y from 'yjs'
import type { MapId, SessionInfo, StateMessage, VoteInfo } from '../../../shared/src/index.ts'
import type { Logger } from '../app/logger.ts'
import { errorMessage } from '../app/logger.ts'
import type { CollabContext } from '../collab/authenticate.ts'
import type { MapStore } from '../storage/map-store.ts'
import { ChangeRecorder, touchedRecords } from './change-recorder.ts'
import { LiveMaps, readOnlyFor } from './live-maps.ts'
import { handleStateless } from './meeting-messages.ts'
import { type MeetingConnection, Participants } from './participants.ts'
import { stampAwareness } from './stamp-awareness.ts'
import { visibleVote } from './vote-view.ts'

export interface MeetingOptions {
  readonly store: MapStore
  readonly logger: Logger
  /** Changes of one participant within this window are one ChangeRecord (default 30 s). */
  readonly changeWindowMs?: number
}

/**
 * Meeting mode on the server: lock, sessions with attribution and attendance, dot votes,
 * identity and awareness stamping. The HTTP routes and the collab hooks share one instance.
 */
export class Meeting {
  readonly store: MapStore
  readonly logger: Logger
  readonly live = new LiveMaps()
  readonly participants = new Participants()
  private readonly locks = new Map<string, boolean>()
  private readonly openSessions = new Map<string, SessionInfo | null>()
  private readonly recorders = new Map<string, ChangeRecorder>()
  private readonly changeWindowMs: number
  private readonly timer: ReturnType<typeof setInterval>
  private readonly queues = new Map<string, Promise<unknown>>()

  constructor(options: MeetingOptions) {
    this.store = options.store
    this.logger = options.logger
    this.changeWindowMs = options.changeWindowMs ?? 30_000
    this.timer = setInterval(() => void this.flushDue(), Math.min(5_000, this.changeWindowMs))
    this.timer.unref()
  }

  /** Runs `work` after every earlier piece of work of the same map (votes, sessions). */
  serialize<T>(mapId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(mapId) ?? Promise.resolve()
    const next = previous.then(work, work)
    const settled = next.catch(() => undefined)
    this.queues.set(mapId, settled)
    void settled.then(() => {
      if (this.queues.get(mapId) === settled) this.queues.delete(mapId)
    })
    return next
  }

  // --- lock ---

  async isLocked(mapId: MapId): Promise<boolean> {
    const cached = this.locks.get(mapId)
    if (cached !== undefined) return cached
    const locked = (await this.store.getMap(mapId))?.locked ?? false
    this.locks.set(mapId, locked)
    return locked
  }

  async setLocked(mapId: MapId, locked: boolean): Promise<void> {
    await this.store.setLocked(mapId, locked)
    await this.lockChanged(mapId, locked)
  }

  /** Takes a stored lock change into the cache and the open connections (also from another instance). */
  lockChanged(mapId: MapId, locked: boolean): Promise<void> {
    this.locks.set(mapId, locked)
    this.live.applyLock(mapId, locked)
    return this.broadcastState(mapId)
  }

  // --- collab hooks ---

  /** `connected`: the lock as it is now (it may have changed during auth), then the state. */
  async connected(mapId: MapId, connection: MeetingConnection): Promise<void> {
    try {
      connection.readOnly = readOnlyFor(connection.context.role, await this.isLocked(mapId))
      connection.sendStateless(JSON.stringify(await this.stateFor(mapId, connection)))
    } catch (error) {
      // Fail closed: a participant whose lock state is unknown does not write.
      if (connection.context.role !== 'facilitate') connection.readOnly = true
      this.logger.warn('could not send the meeting state', { mapId, error: errorMessage(error) })
    }
  }

  /** `onLoadDocument`: attribution of every change while a session is open. */
  async attachDocument(mapId: MapId, document: Document): Promise<void> {
    this.openSessions.set(mapId, await this.store.openSession(mapId))
    document.on('afterTransaction', (transaction: Y.Transaction) => {
      this.noteTransaction(mapId, transaction)
    })
  }

  async onStateless(mapId: MapId, connection: MeetingConnection, payload: string) {
    try {
      await handleStateless(this, mapId, connection, payload)
    } catch (error) {
      this.logger.warn('could not handle a meeting message', { mapId, error: errorMessage(error) })
    }
  }

  beforeHandleAwareness(payload: beforeHandleAwarenessPayload<CollabContext>): void {
    const { connection } = payload
    // Updates from no connection (the server itself, another instance) pass as they are.
    if (!connection) return
    stampAwareness(payload.document, payload.states, {
      connection,
      role: connection.context.role,
      participant: this.participants.of(connection),
    })
  }

  private noteTransaction(mapId: string, transaction: Y.Transaction): void {
    const session = this.openSessions.get(mapId)
    const origin = transaction.origin as {
      source?: string
      connection?: MeetingConnection
      context?: { role?: unknown }
    } | null
    if (!session || !origin) return
    // A participant's change, or an import through the API (a direct connection with a role,
    // attributed to nobody in particular); the server's own (migration, sweep) are not.
    const byConnection = origin.source === 'connection' && origin.connection !== undefined
    const byImport = origin.source === 'local' && origin.context?.role !== undefined
    if (!byConnection && !byImport) return
    const participant = origin.connection ? this.participants.of(origin.connection) : undefined
    const author = {
      participantId: participant?.participantId ?? null,
      name: participant?.name ?? null,
    }
    const recorder = this.recorderFor(session.id)
    const closed = recorder.note(author, touchedRecords(transaction), Date.now())
    if (closed.length > 0) void this.persistChanges(session.id, closed)
  }

  private recorderFor(sessionId: string): ChangeRecorder {
    let recorder = this.recorders.get(sessionId)
    if (!recorder) {
      recorder = new ChangeRecorder(this.changeWindowMs)
      this.recorders.set(sessionId, recorder)
    }
    return recorder
  }

  private async persistChanges(
    sessionId: string,
    changes: Parameters<MapStore['appendChanges']>[1],
  ) {
    try {
      await this.store.appendChanges(sessionId, changes)
    } catch (error) {
      this.logger.warn('could not record session changes', { error: errorMessage(error) })
    }
  }

  private async flushDue(): Promise<void> {
    const now = Date.now()
    for (const [sessionId, recorder] of this.recorders) {
      const due = recorder.takeDue(now)
      if (due.length > 0) await this.persistChanges(sessionId, due)
    }
  }

  /** Writes every pending attribution record (shutdown, session end, reads). */
  async flush(sessionId?: string): Promise<void> {
    for (const [id, recorder] of this.recorders) {
      if (sessionId !== undefined && id !== sessionId) continue
      const all = recorder.takeAll()
      if (all.length > 0) await this.persistChanges(id, all)
    }
  }

  /** Stops the flush timer (the store is about to close). */
  stop(): void {
    clearInterval(this.timer)
  }

  // --- sessions ---

  /** The map's open session, from memory when the map is open. */
  async openSession(mapId: MapId): Promise<SessionInfo | null> {
    const cached = this.openSessions.get(mapId)
    if (cached !== undefined) return cached
    return this.store.openSession(mapId)
  }

  /** The map's current encoded state: the open document, or what is stored. */
  async currentState(mapId: MapId): Promise<Uint8Array | null> {
    const document = this.live.document(mapId)
    if (document) return Y.encodeStateAsUpdate(document)
    const stored = await this.store.loadDocument(mapId)
    if (!stored) return null
    const updates = [
      ...(stored.snapshot ? [stored.snapshot] : []),
      ...stored.journal.map((e) => e.data),
    ]
    return updates.length > 0 ? Y.mergeUpdates(updates) : Y.encodeStateAsUpdate(new Y.Doc())
  }

  /** Notes that a session started (info) or ended (null), for attribution and state. */
  sessionChanged(mapId: MapId, open: SessionInfo | null, endedId?: string): void {
    if (endedId !== undefined) this.recorders.delete(endedId)
    this.openSessions.set(mapId, open)
  }

  /** A session's details with every pending change written first. */
  async sessionDetails(mapId: MapId, sessionId: string) {
    await this.flush(sessionId)
    return this.store.getSession(mapId, sessionId)
  }

  /** Adds an identified connection to a session's attendance (first sighting is kept). */
  async noteAttendance(sessionId: string, connection: MeetingConnection): Promise<void> {
    const participant = this.participants.of(connection)
    if (!participant) return
    await this.store.recordAttendance(sessionId, {
      participantId: participant.participantId,
      name: participant.name,
      ...(participant.organisation ? { organisation: participant.organisation } : {}),
      present: true,
      firstSeenAt: Date.now(),
    })
  }

  /** The name of an identified facilitator connected to the map, if any. */
  identifiedFacilitator(mapId: MapId): string | undefined {
    for (const connection of this.live.connections(mapId)) {
      const participant = this.participants.of(connection)
      if (participant?.role === 'facilitate') return participant.name
    }
    return undefined
  }

  // --- state ---

  private async baseState(mapId: MapId) {
    const votes = await this.store.listVotes(mapId)
    return {
      locked: await this.isLocked(mapId),
      session: await this.openSession(mapId),
      vote: votes.at(-1) ?? null,
    }
  }

  private async stateFor(mapId: MapId, connection: MeetingConnection): Promise<StateMessage> {
    const base = await this.baseState(mapId)
    return stateMessage(base, connection)
  }

  /** Tells every connection of the map the current state (each as its role may see it). */
  async broadcastState(mapId: MapId): Promise<void> {
    const connections = this.live.connections(mapId)
    if (connections.length === 0) return
    const base = await this.baseState(mapId)
    for (const connection of connections) {
      connection.sendStateless(JSON.stringify(stateMessage(base, connection)))
    }
  }

  /**
   * `afterUnloadDocument`: nobody on this instance has the map open any more, so its caches go
   * (the store keeps the truth; the next open reads it again). Without this a long-running
   * server would keep a lock flag, a session and a colour table for every map ever opened.
   * The caches go first and synchronously: a reload that starts meanwhile fills them anew.
   */
  async mapUnloaded(mapId: MapId): Promise<void> {
    const session = this.openSessions.get(mapId)
    this.openSessions.delete(mapId)
    this.locks.delete(mapId)
    this.participants.forgetMap(mapId)
    // The session's recorder stays while the session is open (a reload shares it); its
    // pending records are written now rather than when the timer comes round.
    if (session) await this.flush(session.id)
  }

  /** How many maps this instance holds meeting state for (tests, and a bound on memory). */
  heldMaps(): number {
    return new Set([...this.locks.keys(), ...this.openSessions.keys(), ...this.participants.maps()])
      .size
  }

  /** Forgets everything held in memory about a deleted map. */
  forgetMap(mapId: MapId): void {
    const session = this.openSessions.get(mapId)
    if (session) this.recorders.delete(session.id)
    this.openSessions.delete(mapId)
    this.locks.delete(mapId)
    this.participants.forgetMap(mapId)
  }
}

function stateMessage(
  base: { locked: boolean; session: SessionInfo | null; vote: VoteInfo | null },
  connection: MeetingConnection,
): StateMessage {
  return {
    type: 'state',
    locked: base.locked,
    session: base.session,
    vote: base.vote ? visibleVote(base.vote, connection.context.role) : null,
  }
}
