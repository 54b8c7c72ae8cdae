/**
 * The domain vocabulary of DESIGN.md §2: code identifiers in English, labels German first.
 * Everything a user can pick (kinds, sectors, themes, statuses) is enumerated here once, so the
 * client, the server, the importers and the exports agree on the same words.
 */

export type Language = 'de' | 'en'
export type Labels = Readonly<Record<Language, string>>

export const NODE_KINDS = [
  'provider',
  'service',
  'residentGroup',
  'resource',
  'agency',
  'body',
  'note',
] as const
export type NodeKind = (typeof NODE_KINDS)[number]

export const NODE_KIND_LABELS: Readonly<Record<NodeKind, Labels>> = {
  provider: { de: 'Träger', en: 'Provider' },
  service: { de: 'Angebot / Einrichtung', en: 'Service / facility' },
  residentGroup: { de: 'Bewohner*innengruppe / Initiative', en: "Residents' group / initiative" },
  resource: { de: 'Ressource', en: 'Resource' },
  agency: { de: 'Fachamt / Verwaltung', en: 'City department' },
  body: { de: 'Gremium / Politik', en: 'Committee / politics' },
  note: { de: 'Notiz', en: 'Note' },
}

/** Node kinds that are actors of the network (everything but free notes). */
export const ACTOR_KINDS = NODE_KINDS.filter((k) => k !== 'note')

export const EDGE_KINDS = [
  'cooperation',
  'funding',
  'referral',
  'exchange',
  'operates',
  'member',
  'tension',
] as const
export type EdgeKind = (typeof EDGE_KINDS)[number]

export const EDGE_KIND_LABELS: Readonly<Record<EdgeKind, Labels>> = {
  cooperation: { de: 'Kooperation', en: 'Cooperation' },
  funding: { de: 'Finanzierung', en: 'Funding' },
  referral: { de: 'Vermittlung', en: 'Referral' },
  exchange: { de: 'Austausch', en: 'Exchange' },
  operates: { de: 'Trägerschaft', en: 'Operates' },
  member: { de: 'Mitgliedschaft', en: 'Membership' },
  tension: { de: 'Spannung / Konflikt', en: 'Tension / conflict' },
}

/** Whether a link of this kind points from source to target (money, clients, ownership). */
export const EDGE_KIND_DIRECTED: Readonly<Record<EdgeKind, boolean>> = {
  cooperation: false,
  funding: true,
  referral: true,
  exchange: false,
  operates: true,
  member: true,
  tension: false,
}

export const EDGE_STATUSES = ['existing', 'planned'] as const
export type EdgeStatus = (typeof EDGE_STATUSES)[number]

export const EDGE_STATUS_LABELS: Readonly<Record<EdgeStatus, Labels>> = {
  existing: { de: 'besteht', en: 'existing' },
  planned: { de: 'geplant / vereinbart', en: 'planned / agreed' },
}

/** Säulen / Ressorts, after the Köln committee structure (seeds/001) and DESIGN.md §2. */
export const SECTORS = [
  'youth',
  'social',
  'health',
  'education',
  'employment',
  'housing',
  'culture',
  'environment',
  'integration',
  'civic',
  'sport',
] as const
export type Sector = (typeof SECTORS)[number]

export const SECTOR_LABELS: Readonly<Record<Sector, Labels>> = {
  youth: { de: 'Jugendhilfe', en: 'Youth services' },
  social: { de: 'Soziales und Senioren', en: 'Social services and seniors' },
  health: { de: 'Gesundheit', en: 'Health' },
  education: { de: 'Schule und Weiterbildung', en: 'School and further education' },
  employment: { de: 'Arbeit und Beschäftigung', en: 'Work and employment' },
  housing: { de: 'Wohnen und Stadtentwicklung', en: 'Housing and urban development' },
  culture: { de: 'Kultur', en: 'Culture' },
  environment: { de: 'Umwelt und Mobilität', en: 'Environment and mobility' },
  integration: { de: 'Integration', en: 'Integration' },
  civic: { de: 'Beteiligung und Engagement', en: 'Civic participation' },
  sport: { de: 'Sport', en: 'Sport' },
}

/** The seven Lebenslagen of the Köln programme (seeds/000). */
export const THEMES = [
  'health',
  'education',
  'employment',
  'income',
  'participation',
  'housing',
  'environment',
] as const
export type Theme = (typeof THEMES)[number]

export const THEME_LABELS: Readonly<Record<Theme, Labels>> = {
  health: { de: 'Gesundheit', en: 'Health' },
  education: { de: 'Bildung', en: 'Education' },
  employment: { de: 'Erwerbstätigkeit', en: 'Employment' },
  income: { de: 'Einkommen und materieller Lebensstandard', en: 'Income and living standard' },
  participation: {
    de: 'Soziale, gesellschaftliche und politische Einbindung',
    en: 'Social and political participation',
  },
  housing: { de: 'Wohnen', en: 'Housing' },
  environment: { de: 'Umwelt und Mobilität', en: 'Environment and mobility' },
}

/** Which way a link points; the default follows the kind (EDGE_KIND_DIRECTED). */
export const EDGE_DIRECTIONS = ['none', 'forward', 'backward', 'both'] as const
export type EdgeDirection = (typeof EDGE_DIRECTIONS)[number]

export const EDGE_DIRECTION_LABELS: Readonly<Record<EdgeDirection, Labels>> = {
  none: { de: 'ohne Richtung', en: 'undirected' },
  forward: { de: 'von → nach', en: 'from → to' },
  backward: { de: 'nach → von', en: 'to → from' },
  both: { de: 'in beide Richtungen', en: 'both ways' },
}

/** The direction a new link of this kind gets. */
export const defaultDirection = (kind: EdgeKind): EdgeDirection =>
  EDGE_KIND_DIRECTED[kind] ? 'forward' : 'none'

/** Link strength: 1 loose, 2 regular, 3 close cooperation. */
export const EDGE_STRENGTHS = [1, 2, 3] as const
export type EdgeStrength = (typeof EDGE_STRENGTHS)[number]
export const DEFAULT_EDGE_STRENGTH: EdgeStrength = 2

export const EDGE_STRENGTH_LABELS: Readonly<Record<EdgeStrength, Labels>> = {
  1: { de: 'lose', en: 'loose' },
  2: { de: 'regelmäßig', en: 'regular' },
  3: { de: 'eng', en: 'close' },
}
