/*
 * The benchmark's server in a process of its own (bench-setup.ts starts it), as in any real
 * deployment: `node client/bench/serve-bench.ts <dataDir> <clientDir>`. In the benchmark's own
 * process, loading the map for a new connection (some 100-300 ms of server work) held up the
 * harness's next mouse move, and that wait was timed as part of the client's drag step.
 */
import { quietLogger } from '../../server/src/app/logger.ts'
import { startServer } from '../../server/src/app/start-server.ts'

const [dataDir, clientDir] = process.argv.slice(2)
if (!dataDir || !clientDir) throw new Error('usage: serve-bench.ts <dataDir> <clientDir>')
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  clientDir,
  logger: quietLogger,
})
console.log(`listening on ${server.url}`)
const stop = () => void server.close().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
