/*
 * The little protocol between the bench and its floor servers (relay, bare Hocuspocus): the child
 * prints `listening on <url>` once, answers `memory` over IPC (after a full garbage collection), and exits when the bench goes away,
 * so an interrupted bench never leaves a server behind.
 */

export interface MemoryReport {
  readonly rssBytes: number
  readonly heapUsedBytes: number
  /** Documents the server holds in memory now (the relay: rooms). */
  readonly openDocuments: number
}

/** Prints the ready line, answers memory requests and ends with the parent. */
export function serveBenchChild(url: string, openDocuments: () => number): void {
  process.on('message', (message) => {
    if (message !== 'memory') return
    // Started with --expose-gc: count what is alive, not what waits for collection. Without
    // it the numbers would not compare with ours (collected through the inspector), so fail.
    const gc = (globalThis as { gc?: () => void }).gc
    if (!gc) throw new Error('bench children must run with --expose-gc')
    gc()
    const usage = process.memoryUsage()
    const report: MemoryReport = {
      rssBytes: usage.rss,
      heapUsedBytes: usage.heapUsed,
      openDocuments: openDocuments(),
    }
    process.send?.(report)
  })
  // IPC closes when the parent dies, even by SIGKILL.
  process.on('disconnect', () => process.exit(0))
  // An orderly exit on the bench's SIGTERM, so a --cpu-prof profile gets written.
  process.on('SIGTERM', () => process.exit(0))
  process.stdout.write(`listening on ${url}\n`)
}
