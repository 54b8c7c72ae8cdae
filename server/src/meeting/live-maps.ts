import type { Document, Hocuspocus } from '@hocuspocus/server'
import type { CollabContext } from '../collab/authenticate.ts'
import type { MeetingConnection } from './participants.ts'

/**
 * The open documents and connections of the collaboration server, as the meeting features
 * reach them. Before `attach` (HTTP route tests without a WebSocket server) no map is open
 * and every live action does nothing.
 */
export class LiveMaps {
  private hocuspocus: Hocuspocus<CollabContext> | undefined

  attach(hocuspocus: Hocuspocus<CollabContext>): void {
    this.hocuspocus = hocuspocus
  }

  /** The loaded document of a map, if it is open. */
  document(mapId: string): Document | undefined {
    const document = this.hocuspocus?.documents.get(mapId)
    return document && !document.isLoading ? document : undefined
  }

  /** The map's open WebSocket connections. */
  connections(mapId: string): MeetingConnection[] {
    return (this.hocuspocus?.documents.get(mapId)?.getConnections() ?? []) as MeetingConnection[]
  }

  /**
   * Sets `readOnly` on every open connection of the map: view always, facilitate never, edit
   * while the map is locked. Hocuspocus checks the flag for every incoming update.
   */
  applyLock(mapId: string, locked: boolean): void {
    for (const connection of this.connections(mapId)) {
      connection.readOnly = readOnlyFor(connection.context.role, locked)
    }
  }

  /** Ends the map's connections that match, with a reason the client can show. */
  close(mapId: string, reason: string, match: (c: MeetingConnection) => boolean = () => true) {
    for (const connection of this.connections(mapId)) {
      // Refuse writes at once, in case a frame is still queued behind the close.
      if (match(connection)) {
        connection.readOnly = true
        connection.close({ code: 4403, reason })
      }
    }
  }
}

/** Whether a connection with this role is read-only on a map that is (not) locked. */
export function readOnlyFor(role: CollabContext['role'], locked: boolean): boolean {
  if (role === 'facilitate') return false
  if (role === 'view') return true
  return locked
}
