import type { LocalTransactionOrigin } from '@hocuspocus/server'

/**
 * The origin of every change the server makes itself (migrations, dangling-edge removal).
 * A Hocuspocus "local" origin, so the change is broadcast and stored like any other, and the
 * sweeper can tell its own changes from the clients'.
 */
export const SERVER_ORIGIN: LocalTransactionOrigin = {
  source: 'local',
  context: { server: true },
}

/** The origin of the updates the server applies when it loads a map from storage. */
export const LOAD_ORIGIN: LocalTransactionOrigin = {
  source: 'local',
  skipStoreHooks: true,
  context: { load: true },
}
