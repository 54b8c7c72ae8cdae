import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server'
import { LimitExceeded } from './close-codes.ts'
import { wouldExceed } from './document-size.ts'
import { inspectFrame } from './frame-inspector.ts'
import type { Guards } from './socket-guard.ts'

/**
 * The limits that need the document, in `beforeHandleMessage`: Hocuspocus awaits it before it
 * applies a frame, and since 4.5 drops the connection's queued frames when it throws (PR
 * #1123), so nothing a connection sent after a violation is applied.
 */
export function limitsExtension(guards: Guards): Extension {
  return {
    extensionName: 'quartiersnetz-limits',
    // Before other extensions: a frame that breaks a limit reaches no other hook.
    priority: 1000,
    async beforeHandleMessage({
      connection,
      document,
      documentName,
      update,
    }: beforeHandleMessagePayload) {
      const guard = guards.forSocket(connection.webSocket)
      if (guard?.violation) throw new LimitExceeded(guard.violation)
      let frame: ReturnType<typeof inspectFrame>
      try {
        frame = inspectFrame(update)
      } catch {
        guard?.reject('badMessage', documentName)
        throw new LimitExceeded('badMessage')
      }
      if (
        frame.kind === 'update' &&
        wouldExceed(document, frame.updateBytes, guards.limits.maxDocumentBytes)
      ) {
        guard?.reject('tooLarge', documentName)
        throw new LimitExceeded('tooLarge')
      }
    },
  }
}
