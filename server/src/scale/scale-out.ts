import { Redis as RedisExtension } from '@hocuspocus/extension-redis'
import type { Extension } from '@hocuspocus/server'
import { Redis } from 'ioredis'
import type { Logger } from '../app/logger.ts'
import { errorMessage } from '../app/logger.ts'
import type { Meeting } from '../meeting/meeting.ts'
import { attachClusterChannel } from './cluster-channel.ts'
import { resyncOnReconnect } from './resync-on-reconnect.ts'

/** The Redis key prefix of the Hocuspocus extension (channels and store locks). */
export const REDIS_PREFIX = 'quartiersnetz'

/**
 * The Hocuspocus extensions that let several server instances serve the same map
 * (DESIGN.md §3): `@hocuspocus/extension-redis` relays document, awareness and stateless
 * messages between the instances that have the map open, and the cluster channel carries
 * the meeting actions (lock, rotated links, deletion, sessions, state). Needs a database all
 * instances share (PostgreSQL): each instance journals what its own clients send. After a Redis
 * outage the open maps are synced again and the meeting caches reread (the extension alone
 * would wait for the next edit, see resync-on-reconnect.ts).
 */
export async function scaleOutExtensions(options: {
  readonly redisUrl: string
  readonly meeting: Meeting
  readonly logger: Logger
}): Promise<Extension[]> {
  const { redisUrl, logger } = options
  const redis = new RedisExtension({
    prefix: REDIS_PREFIX,
    createClient: () => {
      const client = new Redis(redisUrl)
      // ioredis reconnects by itself; without a listener an outage would crash the process.
      client.on('error', (error) => logger.warn('redis: ', { error: errorMessage(error) }))
      return client
    },
  })
  const cluster = attachClusterChannel(options)
  await cluster.ready
  return [redis, resyncOnReconnect(redis, { prefix: REDIS_PREFIX, logger }), cluster.extension]
}
