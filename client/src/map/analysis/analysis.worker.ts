// The analysis runs here, off the main thread: graphology and its metrics load only into this
// worker's chunk, and a long betweenness run never delays a frame of the canvas.
import { analyseMap } from '../../../../shared/src/analysis/analyse-map.ts'
import { answerRequest } from './analysis-protocol.ts'

// The project compiles against the DOM library, not the worker one; this is all we use of it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  postMessage(message: unknown): void
}
scope.onmessage = (event) => {
  const response = answerRequest(event.data, analyseMap)
  if (response) scope.postMessage(response)
}
