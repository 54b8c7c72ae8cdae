import { connect, waitUntilConfirmed } from '../server/src/testing/clients.ts'
import type { NewNode } from '../shared/src/doc/mutations.ts'
import { addEdge, addNode } from '../shared/src/doc/mutations.ts'
import type { NodeId } from '../shared/src/schema/ids.ts'
import type { EdgeKind, EdgeStatus } from '../shared/src/schema/vocabulary.ts'

/** The edit token of a share link (`…#t=<token>`). */
export const tokenOf = (url: string) => new URL(url).hash.replace('#t=', '')

/**
 * Writes a small Sozialraum through a real collaboration client (the UI has no quick way to give
 * many actors a Säule): youth around the Jugendzentrum, Caritas funding it, the Kita planning an
 * exchange, health apart, an initiative in tension with the Praxis, and a note.
 */
export async function seedNeighbourhood(baseURL: string, mapId: string, token: string) {
  const client = await connect(`${baseURL.replace(/^http/, 'ws')}/collab`, mapId, token)
  const add = (label: string, kind: NewNode['kind'], x: number, y: number, extra = {}) =>
    addNode(client.doc, { kind, label, position: { x, y }, ...extra })
  const jugendamt = add('Jugendamt', 'agency', 0, 0, { sector: 'youth' })
  const zentrum = add('Jugendzentrum', 'service', 300, 0, { sector: 'youth' })
  const kita = add('Kita Sonnenschein', 'service', 600, 0, {
    sector: 'education',
    themes: ['education'],
  })
  const caritas = add('Caritas', 'provider', 300, 200, { sector: 'social', themes: ['income'] })
  const amt = add('Gesundheitsamt', 'agency', 0, 400, { sector: 'health' })
  const praxis = add('Praxis am Markt', 'service', 300, 400, { sector: 'health' })
  const initiative = add('Nachbarschaftsinitiative', 'residentGroup', 600, 400)
  add('Offene Fragen', 'note', 900, 0)
  const link = (source: NodeId, target: NodeId, kind: EdgeKind, status: EdgeStatus = 'existing') =>
    addEdge(client.doc, { source, target, kind, status })
  link(jugendamt, zentrum, 'cooperation')
  link(caritas, zentrum, 'funding')
  link(kita, zentrum, 'exchange', 'planned')
  link(amt, praxis, 'cooperation')
  link(praxis, initiative, 'tension')
  await waitUntilConfirmed(client)
  client.destroy()
}
