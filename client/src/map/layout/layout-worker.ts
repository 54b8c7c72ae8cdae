/// <reference lib="webworker" />
import { forceLayout } from '../../../../shared/src/layout/force-layout.ts'
import type { LayoutInput } from '../../../../shared/src/layout/layout-common.ts'
import { pillarLayout } from '../../../../shared/src/layout/pillar-layout.ts'

/** A request to the layout worker; the answer is the positions as [id, position] pairs. */
export interface LayoutRequest {
  readonly name: 'force' | 'pillars'
  readonly input: LayoutInput
}

// The force simulation of a large map takes seconds; here it does not freeze the canvas.
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { name, input } = event.data
  const result = name === 'force' ? forceLayout(input) : pillarLayout(input)
  self.postMessage([...result])
})
