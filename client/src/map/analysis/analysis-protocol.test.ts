import { describe, expect, it } from 'vitest'
import { analyseMap } from '../../../../shared/src/analysis/analyse-map.ts'
import type { MapModel } from '../../../../shared/src/doc/read-map.ts'
import type { NodeId } from '../../../../shared/src/schema/ids.ts'
import {
  type AnalyseRequest,
  type AnalyseResponse,
  type AnalysisState,
  answerRequest,
  createAnalysisRunner,
  type WorkerPort,
} from './analysis-protocol.ts'

const mapWith = (...ids: string[]): MapModel => ({
  meta: { schemaVersion: 2, title: 'T' },
  nodes: ids.map((id) => ({
    id: id as NodeId,
    kind: 'provider' as const,
    label: id,
    position: { x: 0, y: 0 },
  })),
  edges: [],
})

/** A worker that answers only when the test says so, like a busy real one. */
function fakeWorker() {
  const sent: AnalyseRequest[] = []
  const port: WorkerPort & { terminated: boolean } = {
    onmessage: null,
    terminated: false,
    postMessage: (message) => sent.push(message),
    terminate() {
      this.terminated = true
    },
  }
  const answer = (request: AnalyseRequest) => {
    const response = answerRequest(request, analyseMap)
    port.onmessage?.({ data: response })
  }
  return { port, sent, answer }
}

describe('the worker side of the analysis protocol', () => {
  it('answers a request with the figures of its model and the same seq', () => {
    const response = answerRequest(
      { type: 'analyse', seq: 7, model: mapWith('a', 'b') },
      analyseMap,
    )
    expect(response).toMatchObject({ type: 'result', seq: 7, analysis: { actors: 2, links: 0 } })
  })

  it('ignores messages that are not requests', () => {
    expect(answerRequest({ type: 'hello' }, analyseMap)).toBeNull()
    expect(answerRequest(null, analyseMap)).toBeNull()
    expect(answerRequest({ type: 'analyse', seq: '1', model: {} }, analyseMap)).toBeNull()
  })

  it('reports a failing analysis as an error of that request', () => {
    const response = answerRequest({ type: 'analyse', seq: 3, model: mapWith() }, () => {
      throw new Error('kaputt')
    })
    expect(response).toEqual({ type: 'error', seq: 3, message: 'kaputt' })
  })
})

describe('the panel side of the analysis protocol', () => {
  it('shows computing until the first answer arrives', () => {
    const { port, sent, answer } = fakeWorker()
    const states: AnalysisState[] = []
    const runner = createAnalysisRunner(port, (s) => states.push(s))
    runner.request(mapWith('a'))
    expect(sent).toHaveLength(1)
    answer(sent[0] as AnalyseRequest)
    expect(states.at(-1)).toMatchObject({ computing: false, error: null, analysis: { actors: 1 } })
  })

  it('keeps only the newest model while the worker is busy', () => {
    const { port, sent, answer } = fakeWorker()
    const states: AnalysisState[] = []
    const runner = createAnalysisRunner(port, (s) => states.push(s))
    runner.request(mapWith('a'))
    runner.request(mapWith('a', 'b'))
    runner.request(mapWith('a', 'b', 'c'))
    expect(sent).toHaveLength(1)
    answer(sent[0] as AnalyseRequest)
    // The first answer is shown but more is coming; the middle model was never sent.
    expect(states.at(-1)).toMatchObject({ computing: true, analysis: { actors: 1 } })
    expect(sent).toHaveLength(2)
    expect(sent[1]?.model.nodes).toHaveLength(3)
    answer(sent[1] as AnalyseRequest)
    expect(states.at(-1)).toMatchObject({ computing: false, analysis: { actors: 3 } })
  })

  it('ignores an answer to a request that is not in flight', () => {
    const { port, sent } = fakeWorker()
    const states: AnalysisState[] = []
    createAnalysisRunner(port, (s) => states.push(s)).request(mapWith('a'))
    const stale: AnalyseResponse = { type: 'result', seq: 99, analysis: analyseMap(mapWith()) }
    port.onmessage?.({ data: stale })
    expect(states.every((s) => s.analysis === null)).toBe(true)
    expect(sent).toHaveLength(1)
  })

  it('keeps the last figures and shows the error when an analysis fails', () => {
    const { port, sent, answer } = fakeWorker()
    const states: AnalysisState[] = []
    const runner = createAnalysisRunner(port, (s) => states.push(s))
    runner.request(mapWith('a'))
    answer(sent[0] as AnalyseRequest)
    runner.request(mapWith('a', 'b'))
    port.onmessage?.({ data: { type: 'error', seq: 2, message: 'kaputt' } })
    expect(states.at(-1)).toMatchObject({
      computing: false,
      error: 'kaputt',
      analysis: { actors: 1 },
    })
  })

  it('terminates the worker when disposed', () => {
    const { port } = fakeWorker()
    const runner = createAnalysisRunner(port, () => {})
    runner.dispose()
    expect(port.terminated).toBe(true)
    expect(port.onmessage).toBeNull()
  })
})
