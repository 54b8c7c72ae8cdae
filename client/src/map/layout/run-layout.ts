import type { ElkEngine } from '../../../../shared/src/layout/layered-layout.ts'
import type {
  LayoutInput,
  LayoutName,
  LayoutResult,
} from '../../../../shared/src/layout/layout-common.ts'
import type { NodeId, Position } from '../../shared.ts'
import type { LayoutRequest } from './layout-worker.ts'

// ELK's own worker script: the layered algorithm runs off the main thread as well.
async function workerElk(): Promise<ElkEngine> {
  const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ])
  return new ELK({ workerUrl })
}

function inWorker(request: LayoutRequest): Promise<LayoutResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<[NodeId, Position][]>) => {
      worker.terminate()
      resolve(new Map(event.data))
    })
    worker.addEventListener('error', (event) => {
      worker.terminate()
      reject(new Error(event.message || 'layout worker failed'))
    })
    worker.postMessage(request)
  })
}

/** Computes a layout off the main thread (module worker or ELK's worker). */
export async function runLayout(name: LayoutName, input: LayoutInput): Promise<LayoutResult> {
  // Plain data only: records may carry getters or prototypes a worker cannot receive.
  const plain: LayoutInput = JSON.parse(JSON.stringify(input))
  if (name === 'layered') {
    const { layeredLayout } = await import('../../../../shared/src/layout/layered-layout.ts')
    return layeredLayout(plain, workerElk)
  }
  return inWorker({ name, input: plain })
}
