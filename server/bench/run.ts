/*
 * `npm run bench` (server part): DESIGN.md §7 side by side in one run on this machine — a bare
 * `ws` relay (the floor), bare Hocuspocus, and Quartiersnetz (`node server/src/main.ts`), one after
 * the other, each in its own process, all clients in this process. Prints a table with ratios,
 * budgets and PASS/FAIL; writes JSON to server/bench/results/ (gitignored).
 *
 *   node server/bench/run.ts           about 5 minutes
 *   node server/bench/run.ts --quick   about 1 minute (shorter runs, fewer maps and connections)
 *   node server/bench/run.ts --quick --memory-only   memory and cold load only (no traffic)
 *   (both on an idle 2-core machine; a busy one stretches every step)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import {
  ALL_PARTS,
  benchTarget,
  FULL_PLAN,
  QUICK_PLAN,
  type RunParts,
  type TargetResults,
} from './harness.ts'
import { measureLayer } from './memory-per-map.ts'
import { buildRows, type DocFloor, formatTable } from './report.ts'
import { killAllTargets, TARGET_NAMES, type TargetName } from './targets.ts'

// BENCH_QUICK=1 too, because `npm run bench -- --quick` hands the flag to the last command only.
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1'
// Only the memory rows and the cold load: no traffic scenarios (minutes less on a busy machine).
const memoryOnly = process.argv.includes('--memory-only')
const basePlan = quick ? QUICK_PLAN : FULL_PLAN
const plan = memoryOnly ? { ...basePlan, roomSizes: [] } : basePlan
const parts: RunParts = memoryOnly
  ? { manyRooms: false, ramp: false, cpu: false, memory: true, coldLoad: true }
  : ALL_PARTS
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url))

// Whatever ends this process, the servers it started end with it.
process.on('exit', killAllTargets)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAllTargets()
    process.exit(130)
  })
}

const startedAt = new Date()
const loadBefore = loadavg()
console.log(
  `Server bench (${quick ? 'quick' : 'full'}${memoryOnly ? ', memory only' : ''}) on ${cpus().length} cores, load ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`,
)
const results = {} as Record<TargetName, TargetResults>
function log(line: string): void {
  console.log(`  ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s  ${line}`)
}
for (const name of TARGET_NAMES) {
  results[name] = await benchTarget(name, plan, parts, log)
}
// The Y.Doc alone in fresh processes, as many maps as above: the floor under every server.
log('the Y.Doc alone, as decoded and as our server trims it')
const floor: DocFloor = {
  decoded: await measureLayer('y-doc', plan.memoryMaps),
  trimmed: await measureLayer('y-doc-trimmed', plan.memoryMaps),
}
const rows = buildRows(results, floor)
console.log()
console.log(formatTable(rows))
const loadAfter = loadavg()
console.log(
  `\nLoad average before/after: ${loadBefore[0]?.toFixed(1)} / ${loadAfter[0]?.toFixed(1)} (other processes skew latency).`,
)

mkdirSync(RESULTS_DIR, { recursive: true })
const file = `${RESULTS_DIR}server-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`
writeFileSync(
  file,
  `${JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      mode: `${quick ? 'quick' : 'full'}${memoryOnly ? ' memory-only' : ''}`,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model,
        node: process.version,
        loadBefore,
        loadAfter,
      },
      plan,
      rows,
      results,
      floor,
    },
    null,
    2,
  )}\n`,
)
console.log(`JSON: ${file}`)
const failed = rows.filter((r) => r.pass === false).length
console.log(failed === 0 ? 'Every budget met.' : `${failed} budget(s) missed.`)
process.exit(0)
