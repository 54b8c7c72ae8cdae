import type { ElkEngine } from './layered-layout.ts'

/** ELK in the same thread, for Node (tests, scripts); the browser uses ELK's Web Worker. */
export async function bundledElk(): Promise<ElkEngine> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js')
  return new ELK()
}
