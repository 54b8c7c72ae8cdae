import type { Connection } from '@hocuspocus/server'
import {
  type Identify,
  identifySchema,
  PARTICIPANT_COLORS,
  type Participant,
  type Role,
} from '../../../shared/src/index.ts'
import type { CollabContext } from '../collab/authenticate.ts'

export type MeetingConnection = Connection<CollabContext>

/*
 * Who each connection is. Kept beside the connection (not in its context, which Hocuspocus
 * copies) and forgotten with it. Colours are remembered per map and participant, so a
 * reconnect keeps its colour and two people in one room get different ones while the palette
 * lasts.
 */
export class Participants {
  private readonly identities = new WeakMap<MeetingConnection, Participant>()
  private readonly colors = new Map<string, Map<string, string>>()

  /** The stamped identity of a connection, once it has identified. */
  of(connection: MeetingConnection): Participant | undefined {
    return this.identities.get(connection)
  }

  /** Validates an identify message and stamps the connection; null when it is invalid. */
  identify(mapId: string, connection: MeetingConnection, message: unknown): Participant | null {
    const parsed = identifySchema.safeParse(message)
    if (!parsed.success) return null
    const participant = this.stamp(mapId, parsed.data, connection.context.role)
    this.identities.set(connection, participant)
    return participant
  }

  /** The maps whose colours are remembered. */
  maps(): IterableIterator<string> {
    return this.colors.keys()
  }

  /** Forgets a map's colours (deleted, or no longer open here). */
  forgetMap(mapId: string): void {
    this.colors.delete(mapId)
  }

  private stamp(mapId: string, identify: Identify, role: Role): Participant {
    const organisation = identify.organisation?.trim()
    return {
      participantId: identify.participantId,
      name: identify.name.replace(/\s+/g, ' ').trim(),
      ...(organisation ? { organisation } : {}),
      color: this.colorFor(mapId, identify.participantId),
      role,
    }
  }

  private colorFor(mapId: string, participantId: string): string {
    const ofMap = this.colors.get(mapId) ?? new Map<string, string>()
    this.colors.set(mapId, ofMap)
    const known = ofMap.get(participantId)
    if (known) return known
    const used = new Set(ofMap.values())
    const free = PARTICIPANT_COLORS.find((c) => !used.has(c))
    const color = free ?? PARTICIPANT_COLORS[ofMap.size % PARTICIPANT_COLORS.length] ?? '#0b5cad'
    ofMap.set(participantId, color)
    return color
  }
}
