/*
 * The messages between the analysis panel and its Web Worker, and the two ends' logic without
 * the Worker itself (so both are unit-tested in Node). The analysis of a big map takes a few
 * hundred milliseconds; in a worker it never blocks drawing or dragging.
 */
import type { MapAnalysis } from '../../../../shared/src/analysis/analyse-map.ts'
import type { MapModel } from '../../../../shared/src/doc/read-map.ts'

/** Panel → worker: analyse this model. `seq` grows with every request. */
export interface AnalyseRequest {
  readonly type: 'analyse'
  readonly seq: number
  readonly model: MapModel
}

/** Worker → panel: the figures of request `seq`, or why they could not be computed. */
export type AnalyseResponse =
  | { readonly type: 'result'; readonly seq: number; readonly analysis: MapAnalysis }
  | { readonly type: 'error'; readonly seq: number; readonly message: string }

const isRequest = (data: unknown): data is AnalyseRequest =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === 'analyse' &&
  typeof (data as { seq?: unknown }).seq === 'number' &&
  typeof (data as { model?: unknown }).model === 'object'

/** The worker's side: answers one message; anything that is not a request gets no answer. */
export function answerRequest(
  data: unknown,
  analyse: (model: MapModel) => MapAnalysis,
): AnalyseResponse | null {
  if (!isRequest(data)) return null
  try {
    return { type: 'result', seq: data.seq, analysis: analyse(data.model) }
  } catch (error) {
    return {
      type: 'error',
      seq: data.seq,
      message: error instanceof Error ? error.message : String(error),
    }
  }
}

/** What the panel shows: the latest figures, and whether newer ones are being computed. */
export interface AnalysisState {
  readonly analysis: MapAnalysis | null
  readonly computing: boolean
  readonly error: string | null
}

export const INITIAL_STATE: AnalysisState = { analysis: null, computing: true, error: null }

/** The part of a Worker the runner needs (a fake in tests). */
export interface WorkerPort {
  postMessage(message: AnalyseRequest): void
  onmessage: ((event: { data: unknown }) => void) | null
  terminate(): void
}

/**
 * The panel's side. At most one request is in flight: while the worker is busy, only the newest
 * model waits (older ones are dropped, they would be stale anyway), so a burst of links costs
 * two analyses, not one per link. Answers to anything but the request in flight are ignored.
 */
export function createAnalysisRunner(worker: WorkerPort, onState: (state: AnalysisState) => void) {
  let seq = 0
  let inFlight: number | null = null
  let waiting: MapModel | null = null
  let state: AnalysisState = INITIAL_STATE
  const emit = (next: AnalysisState) => {
    state = next
    onState(state)
  }
  const send = (model: MapModel) => {
    seq += 1
    inFlight = seq
    worker.postMessage({ type: 'analyse', seq, model })
  }
  worker.onmessage = ({ data }) => {
    const response = data as AnalyseResponse
    if (response.seq !== inFlight) return
    inFlight = null
    const next = waiting
    waiting = null
    if (next) send(next)
    emit(
      response.type === 'result'
        ? { analysis: response.analysis, computing: next !== null, error: null }
        : { analysis: state.analysis, computing: next !== null, error: response.message },
    )
  }
  return {
    /** Asks for the figures of this model (now, or as soon as the worker is free). */
    request(model: MapModel): void {
      if (inFlight === null) send(model)
      else waiting = model
      if (!state.computing) emit({ ...state, computing: true })
    },
    dispose(): void {
      worker.onmessage = null
      worker.terminate()
    },
  }
}
