import type { Guards } from './socket-guard.ts'

/**
 * Hocuspocus sends without looking at `bufferedAmount` (reliability notes §0.9): a client that
 * keeps its socket open but stops reading makes the server buffer every broadcast for it. A
 * sweep cuts such sockets before they cost more than `maxBufferedBytes` each (a close frame
 * would wait behind the buffer, so the socket is terminated). Returns a stop function.
 */
export function watchSlowReaders(guards: Guards, intervalMs = 1000): () => void {
  const timer = setInterval(() => {
    for (const [socket, guard] of guards.all()) {
      if (socket.bufferedAmount <= guards.limits.maxBufferedBytes) continue
      guard.reject('slowReader')
      socket.terminate()
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
