/*
 * The parts of shared/ the browser needs, imported file by file. The barrel
 * (shared/src/index.ts) also exports analysis, samples and minutes with their libraries;
 * importing it here would put all of that into the map bundle.
 */
export * from '../../shared/src/doc/mutations.ts'
export * from '../../shared/src/doc/read-map.ts'
export * from '../../shared/src/doc/undo-manager.ts'
export * from '../../shared/src/doc/y-map-doc.ts'
export * from '../../shared/src/schema/edge-record.ts'
export * from '../../shared/src/schema/ids.ts'
export type { MetaRecord } from '../../shared/src/schema/meta-record.ts'
export * from '../../shared/src/schema/node-record.ts'
export * from '../../shared/src/schema/position.ts'
export * from '../../shared/src/schema/vocabulary.ts'
