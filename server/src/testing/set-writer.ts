import { addNode } from '../../../shared/src/index.ts'
import type { Client } from './clients.ts'

/** At most this many unconfirmed writes per client, so a kill always finds some in flight. */
const WINDOW = 8

/**
 * One client of the Jepsen "set" workload (reliability notes §1.9.2): adds uniquely labelled
 * nodes as fast as its window allows and moves a label to `confirmed` when the server's
 * SyncStatus for it arrives. Hocuspocus handles one connection's messages in order and the
 * provider counts one unsynced change per update, so each drop of that counter confirms the
 * oldest outstanding label. Only valid until the connection drops (a reconnect resets the
 * counter), which is why a test reads `confirmed` for the connection the server was killed on.
 */
export class SetWriter {
  readonly sent: string[] = []
  readonly confirmed = new Set<string>()
  readonly done: Promise<void>
  private readonly client: Client
  private readonly name: string
  private readonly pending: string[] = []
  private previous: number
  private stopped = false
  private wake: (() => void) | undefined

  constructor(client: Client, name: string) {
    this.client = client
    this.name = name
    this.previous = client.provider.unsyncedChanges
    client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      for (let acked = this.previous - number; acked > 0; acked--) {
        const label = this.pending.shift()
        if (label !== undefined) this.confirmed.add(label)
      }
      this.previous = number
      this.wake?.()
    })
    this.done = this.run()
  }

  private async run() {
    for (let n = 0; !this.stopped; ) {
      if (this.pending.length >= WINDOW) {
        // Wait for the next ack (or stop) instead of spinning.
        await new Promise<void>((resolve) => {
          this.wake = resolve
        })
        continue
      }
      const label = `${this.name}-${n++}`
      this.pending.push(label)
      this.sent.push(label)
      addNode(this.client.doc, { kind: 'service', label, position: { x: n, y: 0 } })
      // Yield so acks and the other writers get their turn; not a wait for anything.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  /** Stops writing; `done` resolves once the loop has ended. */
  stop(): void {
    this.stopped = true
    this.wake?.()
  }

  /** Writes sent but not confirmed yet. */
  get inFlight(): number {
    return this.pending.length
  }
}
