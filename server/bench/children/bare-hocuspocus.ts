/*
 * The middle of the benchmark: Hocuspocus 4 as it comes (`new Server()`), in memory, with no
 * extensions, no authentication, no storage and no limits beyond its defaults.
 */
import { Server } from '@hocuspocus/server'
import { serveBenchChild } from './child-ipc.ts'

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false })
await server.listen()
serveBenchChild(`ws://127.0.0.1:${server.address.port}`, () =>
  server.hocuspocus.getDocumentsCount(),
)
