import type { Hocuspocus } from '@hocuspocus/server'

/**
 * Records the name of every document the server starts to load. Hocuspocus reads its
 * extension list on each hook call, so an extension added first sees every `onLoadDocument`
 * before the server's own hook runs (reliability notes S5: a refused client must not cause a
 * load). Returns the live list.
 */
export function recordDocumentLoads<Context>(hocuspocus: Hocuspocus<Context>): string[] {
  const loads: string[] = []
  hocuspocus.configuration.extensions.unshift({
    async onLoadDocument({ documentName }: { documentName: string }) {
      loads.push(documentName)
    },
  })
  return loads
}
