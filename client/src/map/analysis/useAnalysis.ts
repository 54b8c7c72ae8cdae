import { useEffect, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { topologyKey } from '../../../../shared/src/analysis/topology-key.ts'
import type { MapModel } from '../../../../shared/src/doc/read-map.ts'
import { useMapModel } from '../editor/useMapModel.ts'
import {
  type AnalysisState,
  createAnalysisRunner,
  INITIAL_STATE,
  type WorkerPort,
} from './analysis-protocol.ts'

/** Quiet time after the last change of topology before the figures are recomputed. */
const DEBOUNCE_MS = 400

export interface LiveAnalysis extends AnalysisState {
  /** The current model: names shown in sentences are always today's, even between analyses. */
  readonly model: MapModel
}

/**
 * The map's figures, live: re-read the model a few times a second, and ask the worker for new
 * figures only when the topology changed (moves and renames cost nothing) and things have
 * calmed down for a moment. The main thread never runs the analysis itself.
 */
export function useAnalysis(doc: Y.Doc): LiveAnalysis {
  const model = useMapModel(doc, 250)
  const key = useMemo(() => topologyKey(model), [model])
  const latest = useRef(model)
  latest.current = model
  const [state, setState] = useState<AnalysisState>(INITIAL_STATE)
  const [requestedKey, setRequestedKey] = useState<string | null>(null)
  const runner = useRef<ReturnType<typeof createAnalysisRunner> | null>(null)

  useEffect(() => {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
      type: 'module',
    })
    const created = createAnalysisRunner(worker as unknown as WorkerPort, setState)
    runner.current = created
    return () => {
      created.dispose()
      runner.current = null
    }
  }, [])

  const started = useRef(false)
  useEffect(() => {
    // The first analysis starts at once; later ones wait until drawing pauses.
    const timer = setTimeout(
      () => {
        started.current = true
        runner.current?.request(latest.current)
        setRequestedKey(key)
      },
      started.current ? DEBOUNCE_MS : 0,
    )
    return () => clearTimeout(timer)
  }, [key])

  return { ...state, computing: state.computing || requestedKey !== key, model }
}
