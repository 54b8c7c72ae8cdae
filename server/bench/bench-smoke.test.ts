import { afterAll, describe, expect, it } from 'vitest'
import { benchTarget, QUICK_PLAN } from './harness.ts'
import { killAllTargets, TARGET_NAMES } from './targets.ts'

/*
 * Keeps `npm run bench` from rotting: the harness runs for a moment against each of the three
 * servers and every update must arrive. Timing is never asserted here (DESIGN.md §7).
 */
const SMOKE_PLAN = {
  ...QUICK_PLAN,
  roomSizes: [2],
  durationMs: 1_000,
  minDeliveries: 0,
  startupWarmupMs: 0,
  warmupMs: 200,
}
const NO_EXTRAS = { manyRooms: false, ramp: false, cpu: false, memory: false, coldLoad: false }

describe('the server bench harness', () => {
  afterAll(killAllTargets)

  for (const name of TARGET_NAMES) {
    it(`delivers every update between two clients of ${name}`, async () => {
      const result = await benchTarget(name, SMOKE_PLAN, NO_EXTRAS)
      const [run] = result.propagation
      expect(run?.sent).toBeGreaterThan(0)
      expect(run?.expected).toBe(run?.sent)
      expect(run?.delivered).toBe(run?.expected)
    }, 60_000)
  }
})
