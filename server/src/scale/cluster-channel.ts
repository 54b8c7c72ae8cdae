import { randomUUID } from 'node:crypto'
import type { Extension, Hocuspocus } from '@hocuspocus/server'
import { Redis } from 'ioredis'
import { z } from 'zod'
import { CLOSE_REASONS, type MapId } from '../../../shared/src/index.ts'
import type { Role, SessionInfo } from '../../../shared/src/meeting/meeting-types.ts'
import type { Logger } from '../app/logger.ts'
import { errorMessage } from '../app/logger.ts'
import type { Meeting } from '../meeting/meeting.ts'
import type { MeetingConnection } from '../meeting/participants.ts'

/*
 * Meeting actions that must reach the connections on EVERY server instance, sent over one
 * Redis pub/sub channel. The Hocuspocus Redis extension only relays the document, awareness
 * and stateless messages; the lock, a rotated link and a deleted map act on connections
 * (readOnly, close) and on per-process caches, so each instance has to apply them itself.
 *
 * What stays per instance (README: Betrieb mit mehreren Instanzen): identities of connected
 * participants (names, colours), change attribution windows, the facilitator's presence.
 * Pub/sub does not guarantee delivery: a lost message leaves that instance's cache stale until
 * the map is closed there; the database stays right (tokens and deletion are checked against it
 * on every connect).
 */

const ROLES: readonly Role[] = ['view', 'edit', 'facilitate']

// Only what this instance relies on is checked; the rest of SessionInfo passes through.
const sessionSchema = z.custom<SessionInfo>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { startedAt?: unknown }).startedAt === 'number',
)

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('lock'), mapId: z.string(), locked: z.boolean() }),
  z.object({
    type: z.literal('close'),
    mapId: z.string(),
    reason: z.string(),
    roles: z.array(z.enum(['view', 'edit', 'facilitate'])),
  }),
  z.object({ type: z.literal('forget'), mapId: z.string() }),
  z.object({
    type: z.literal('session'),
    mapId: z.string(),
    open: sessionSchema.nullable(),
    endedId: z.string().optional(),
  }),
  z.object({ type: z.literal('state'), mapId: z.string() }),
])

type ClusterMessage = z.infer<typeof messageSchema>

export interface ClusterChannelOptions {
  readonly redisUrl: string
  readonly meeting: Meeting
  readonly logger: Logger
  /** Redis channel name; instances that share a map must share it. */
  readonly channel?: string
}

/**
 * Connects `meeting` to the other instances: its lock, link rotation, deletion, session and
 * state broadcasts are published, and the others' are applied here. Returns a Hocuspocus
 * extension that closes the Redis connections on shutdown (onDestroy), and `ready`, resolved
 * once this instance listens.
 */
export function attachClusterChannel(options: ClusterChannelOptions): {
  extension: Extension
  ready: Promise<void>
} {
  const { meeting, logger } = options
  const channel = options.channel ?? 'quartiersnetz:meeting'
  const me = randomUUID()
  const pub = new Redis(options.redisUrl, { lazyConnect: false })
  const sub = new Redis(options.redisUrl, { lazyConnect: false })
  for (const client of [pub, sub]) {
    client.on('error', (error) => logger.warn('redis: ', { error: errorMessage(error) }))
  }

  // Set while applying another instance's message, so what it triggers here is not echoed.
  let applyingRemote = false
  const publish = (message: ClusterMessage) => {
    pub.publish(channel, JSON.stringify({ ...message, from: me })).catch((error: unknown) => {
      logger.warn('could not tell the other instances', {
        type: message.type,
        error: errorMessage(error),
      })
    })
  }

  const original = {
    setLocked: meeting.setLocked.bind(meeting),
    sessionChanged: meeting.sessionChanged.bind(meeting),
    broadcastState: meeting.broadcastState.bind(meeting),
    forgetMap: meeting.forgetMap.bind(meeting),
    close: meeting.live.close.bind(meeting.live),
  }
  meeting.setLocked = async (mapId, locked) => {
    await original.setLocked(mapId, locked)
    publish({ type: 'lock', mapId, locked })
  }
  meeting.sessionChanged = (mapId, open, endedId) => {
    original.sessionChanged(mapId, open, endedId)
    publish({ type: 'session', mapId, open, ...(endedId !== undefined ? { endedId } : {}) })
  }
  meeting.broadcastState = async (mapId) => {
    // Read before the first await: a lock from another instance broadcasts through here.
    const local = !applyingRemote
    await original.broadcastState(mapId)
    if (local) publish({ type: 'state', mapId })
  }
  meeting.forgetMap = (mapId) => {
    original.forgetMap(mapId)
    publish({ type: 'forget', mapId })
  }
  meeting.live.close = (mapId, reason, match = () => true) => {
    original.close(mapId, reason, match)
    // The callers choose connections by role (rotation: the rotated roles; deletion: all).
    const roles = ROLES.filter((role) => match({ context: { role } } as MeetingConnection))
    publish({ type: 'close', mapId, reason, roles })
  }

  const apply = async (message: ClusterMessage) => {
    const mapId = message.mapId as MapId
    switch (message.type) {
      case 'lock':
        return meeting.lockChanged(mapId, message.locked)
      case 'close':
        return original.close(mapId, message.reason, (c) => message.roles.includes(c.context.role))
      case 'forget':
        return original.forgetMap(mapId)
      case 'session': {
        // This instance's pending attribution belongs to the ended session: write it first.
        if (message.endedId !== undefined) await meeting.flush(message.endedId)
        const open = message.open
        original.sessionChanged(mapId, open, message.endedId)
        if (open) {
          for (const c of meeting.live.connections(mapId)) await meeting.noteAttendance(open.id, c)
        }
        return
      }
      case 'state':
        return original.broadcastState(mapId)
    }
  }

  /** Applies what another instance did (or the database says it did) without echoing it. */
  const applyRemote = (message: ClusterMessage): Promise<unknown> => {
    applyingRemote = true
    let done: Promise<unknown>
    try {
      done = Promise.resolve(apply(message))
    } finally {
      applyingRemote = false
    }
    return done.catch((error: unknown) => {
      logger.warn('could not apply a message of another instance', {
        type: message.type,
        error: errorMessage(error),
      })
    })
  }

  sub.on('message', (_channel: string, raw: string) => {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      return
    }
    if ((parsed as { from?: unknown }).from === me) return
    const message = messageSchema.safeParse(parsed)
    if (!message.success) return
    void applyRemote(message.data)
  })
  const ready = sub.subscribe(channel).then(() => undefined)

  /*
   * Whatever the other instances published while this one was cut off from Redis is lost
   * (pub/sub keeps nothing). ioredis resubscribes by itself; what the messages would have said
   * about the maps open here — lock, open session, deletion — is reread from the database,
   * which every instance writes before it publishes. A rotated link is not: connections do not
   * keep their token, so one that came in with the old link stays until it reconnects (and is
   * refused then).
   */
  let hocuspocus: Hocuspocus | undefined
  const catchUp = async () => {
    for (const name of hocuspocus?.documents.keys() ?? []) {
      const mapId = name as MapId
      const stored = await meeting.store.getMap(mapId)
      if (!stored) {
        await applyRemote({
          type: 'close',
          mapId,
          reason: CLOSE_REASONS.mapDeleted,
          roles: [...ROLES],
        })
        await applyRemote({ type: 'forget', mapId })
        continue
      }
      const cached = await meeting.openSession(mapId)
      const open = await meeting.store.openSession(mapId)
      if (cached?.id !== open?.id) {
        await applyRemote({
          type: 'session',
          mapId,
          open,
          ...(cached ? { endedId: cached.id } : {}),
        })
      }
      // Also sends every connection the current state.
      await applyRemote({ type: 'lock', mapId, locked: stored.locked ?? false })
    }
  }
  // Every 'ready' after the start-up connection follows an outage (at start-up no map is open).
  sub.on('ready', () => {
    catchUp().catch((error: unknown) => {
      logger.warn('could not reread the meeting state after a Redis outage', {
        error: errorMessage(error),
      })
    })
  })

  return {
    ready,
    extension: {
      async onConfigure({ instance }) {
        hocuspocus = instance
      },
      async onDestroy() {
        pub.disconnect()
        sub.disconnect()
      },
    },
  }
}
