import * as Y from 'yjs'
import { initMapDoc } from '../doc/init-map.ts'
import { addEdge, addNode, deleteNodes, renameNode, setNodeSector } from '../doc/mutations.ts'
import { readMap } from '../doc/read-map.ts'
import { addAgreement, readAgreements } from '../meeting/agreements.ts'
import type { SessionInfo, VoteInfo } from '../meeting/meeting-types.ts'
import type { Language } from '../schema/vocabulary.ts'
import type { MinutesInput } from './minutes-model.ts'

/** A small session for the minutes tests: who added, renamed and removed what, and a vote. */
export function minutesFixture(language: Language = 'de'): MinutesInput & {
  readonly ids: Record<string, string>
} {
  const doc = new Y.Doc()
  initMapDoc(doc, { title: 'Stadtteilkonferenz Kalk', area: 'Kalk-Nord' })
  const caritas = addNode(doc, {
    kind: 'provider',
    label: 'Caritas',
    position: { x: 0, y: 0 },
    sector: 'social',
  })
  const kita = addNode(doc, { kind: 'service', label: 'Kita', position: { x: 300, y: 0 } })
  const cafe = addNode(doc, {
    kind: 'residentGroup',
    label: 'Elterncafé',
    position: { x: 0, y: 200 },
  })
  const operates = addEdge(doc, { source: caritas, target: kita, kind: 'operates' }) ?? ''
  const before = readMap(doc)

  renameNode(doc, kita, 'Kita Sonnenschein')
  setNodeSector(doc, kita, 'youth')
  const amt = addNode(doc, {
    kind: 'agency',
    label: 'Jugendamt',
    position: { x: 300, y: 200 },
    sector: 'youth',
  })
  const coop =
    addEdge(doc, {
      source: amt,
      target: caritas,
      kind: 'cooperation',
      status: 'planned',
    }) ?? ''
  deleteNodes(doc, [cafe])
  addNode(doc, {
    kind: 'note',
    label: 'Raum für das Elterncafé klären',
    position: { x: 600, y: 0 },
  })
  const session: SessionInfo = {
    id: 'session-1',
    title: '3. Stadtteilkonferenz',
    date: '2026-11-20',
    place: 'Bürgerhaus Kalk',
    facilitator: 'Maria Moderation',
    startedAt: 1000,
    endedAt: 2000,
  }
  addAgreement(doc, {
    text: 'Kooperationsvertrag vorbereiten',
    owner: 'Jugendamt, Frau Yilmaz',
    due: '2026-12-15',
    nodeIds: [amt, caritas],
    sessionId: session.id,
  })
  addAgreement(doc, { text: 'Alte Verabredung', nodeIds: [], sessionId: 'older-session' })
  const votes: VoteInfo[] = [
    {
      id: 'v1',
      question: 'Wo brauchen wir am dringendsten Kooperation?',
      dotsPerPerson: 3,
      openedAt: 1500,
      closedAt: 1600,
      revealed: true,
      results: { [amt]: 2, [coop]: 5, [caritas]: 0 },
      voters: 3,
    },
    {
      id: 'v2',
      question: 'Geheime Frage',
      dotsPerPerson: 1,
      openedAt: 1700,
      closedAt: null,
      revealed: false,
      results: { [amt]: 9 },
    },
  ]
  return {
    ids: { caritas, kita, cafe, amt, operates, coop },
    mapTitle: 'Stadtteilkonferenz Kalk',
    area: 'Kalk-Nord',
    session,
    before,
    after: readMap(doc),
    attendance: [
      { participantId: 'p1', name: 'Anna', organisation: 'Caritas', present: true, firstSeenAt: 1 },
      {
        participantId: 'p2',
        name: 'Ben',
        organisation: 'Jugendamt',
        present: true,
        firstSeenAt: 2,
      },
      { participantId: 'p3', name: 'Cem', present: false, firstSeenAt: 3 },
    ],
    changes: [
      { at: 1100, participantId: 'p1', name: 'Anna', nodeIds: [kita, cafe], edgeIds: [] },
      { at: 1200, participantId: 'p2', name: 'Ben', nodeIds: [amt, kita], edgeIds: [coop] },
    ],
    agreements: readAgreements(doc),
    votes,
    language,
  }
}
