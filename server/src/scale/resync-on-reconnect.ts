import type { Redis as RedisExtension } from '@hocuspocus/extension-redis'
import { type Extension, type Hocuspocus, OutgoingMessage } from '@hocuspocus/server'
import type { Logger } from '../app/logger.ts'
import { errorMessage } from '../app/logger.ts'

/**
 * Makes every map this instance has open catch up with the other instances whenever its Redis
 * connections come back (test plan C4, redis-outage.test.ts).
 *
 * Why it is needed: `@hocuspocus/extension-redis` exchanges state only when a document changes.
 * Each change publishes a SyncStep1 (the state vector) on the map's channel; every instance with
 * the map open answers with what the sender lacks and asks for what it lacks itself. Redis
 * pub/sub delivers to whoever is subscribed at that moment and keeps nothing: what an instance
 * published during an outage is dropped (ioredis gives up on queued commands after 20
 * reconnect attempts, about 10 s) or arrives before the others have resubscribed. Without a
 * further edit the instances then stay apart for good — each one's clients see a different map,
 * although PostgreSQL holds everything.
 *
 * The fix is the extension's own mechanism, triggered by the reconnect instead of a change:
 * once the subscriber is subscribed again, one SyncStep1 per open document on its channel, so
 * every peer that has it open syncs both ways with this instance. Every instance does this
 * after its own reconnect, so the last one to come back syncs with all the others.
 */
export function resyncOnReconnect(
  redis: RedisExtension,
  options: {
    /** The extension's key prefix: a document's channel is `<prefix>:<document name>`. */
    readonly prefix: string
    readonly logger: Logger
  },
): Extension {
  const { prefix, logger } = options
  let instance: Hocuspocus | undefined
  let running: Promise<void> | undefined
  let again = false

  const publishState = async () => {
    const documents = [...(instance?.documents.values() ?? [])].filter((d) => !d.isLoading)
    await Promise.all(
      documents.map((document) => {
        const message = new OutgoingMessage(document.name)
          .createSyncMessage()
          .writeFirstSyncStepFor(document)
        // The extension's framing: its instance identifier first, so it ignores its own echo.
        const framed = Buffer.concat([redis.messagePrefix, Buffer.from(message.toUint8Array())])
        return redis.pub.publish(`${prefix}:${document.name}`, framed)
      }),
    )
    if (documents.length > 0) {
      logger.info('redis is back: asked the other instances for what was missed', {
        maps: documents.length,
      })
    }
  }

  const resync = async () => {
    // The resubscription is sent before 'ready' is emitted; this answer comes after it, so the
    // replies to what is published next cannot arrive before this instance listens again.
    await redis.sub.ping()
    await publishState()
  }

  // pub and sub reconnect separately; one resync at a time, and one more if asked meanwhile.
  const schedule = () => {
    if (running) {
      again = true
      return
    }
    running = resync()
      .catch((error: unknown) =>
        logger.warn('could not resync the open maps after a Redis reconnect', {
          error: errorMessage(error),
        }),
      )
      .finally(() => {
        running = undefined
        if (again) {
          again = false
          schedule()
        }
      })
  }

  // Every 'ready' after the start-up connection follows an outage. (The start-up one may have
  // passed before this runs; when it has not, no map is open yet and there is nothing to send.)
  for (const client of [redis.pub, redis.sub]) client.on('ready', schedule)

  return {
    async onConfigure({ instance: configured }) {
      instance = configured
    },
  }
}
