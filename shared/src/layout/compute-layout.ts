import { forceLayout } from './force-layout.ts'
import { type ElkEngine, layeredLayout } from './layered-layout.ts'
import type { LayoutInput, LayoutName, LayoutResult } from './layout-common.ts'
import { pillarLayout } from './pillar-layout.ts'

export type { ElkEngine } from './layered-layout.ts'
export { LAYOUT_NAMES, type LayoutName, type LayoutResult } from './layout-common.ts'
export { pillarColumns } from './pillar-layout.ts'

/** Computes new positions for every node of a map in the named layout. */
export async function computeLayout(
  name: LayoutName,
  input: LayoutInput,
  elk: () => Promise<ElkEngine>,
): Promise<LayoutResult> {
  switch (name) {
    case 'force':
      return forceLayout(input)
    case 'layered':
      return layeredLayout(input, elk)
    case 'pillars':
      return pillarLayout(input)
  }
}
