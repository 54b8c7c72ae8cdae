import type { NodeChange } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import { NODE_KINDS } from '../../shared.ts'
import type { FlowNode } from './flow-types.ts'
import {
  ACTOR_NODE_SIZE,
  forgetPredictedHandles,
  handlesFor,
  predictedGeometry,
} from './node-geometry.ts'

const node = (id: string, extra: Partial<FlowNode> = {}): FlowNode => ({
  id,
  type: 'provider',
  position: { x: 0, y: 0 },
  data: { label: id, kind: 'provider' },
  ...extra,
})

describe('predictedGeometry', () => {
  it('gives every actor kind the actor size and its handles, and a note nothing', () => {
    for (const kind of NODE_KINDS.filter((k) => k !== 'note')) {
      expect(predictedGeometry(kind)).toEqual({
        measured: ACTOR_NODE_SIZE,
        handles: handlesFor(ACTOR_NODE_SIZE),
      })
    }
    expect(predictedGeometry('note')).toBeUndefined()
  })
})

describe('handlesFor', () => {
  it('makes the whole node the link target and a 14 px dot on the right edge the source', () => {
    expect(handlesFor({ width: 220, height: 90 })).toEqual([
      { id: null, type: 'target', position: 'left', x: 0, y: 0, width: 220, height: 90 },
      { id: null, type: 'source', position: 'right', x: 220, y: 38, width: 14, height: 14 },
    ])
  })
})

describe('forgetPredictedHandles', () => {
  const predicted = { ...predictedGeometry('provider') }
  const dims = (id: string): NodeChange<FlowNode> => ({
    id,
    type: 'dimensions',
    dimensions: { width: 220, height: 90 },
  })

  it('drops the handles of a node React Flow measured at another size, and only those', () => {
    const nodes = [node('a', predicted), node('b', predicted)]
    const next = forgetPredictedHandles(nodes, [dims('a')])
    expect(next[0]?.handles).toBeUndefined()
    expect(next[0]?.measured).toEqual(predicted.measured)
    expect(next[1]).toBe(nodes[1])
  })

  it('keeps the same array when nothing was resized (React Flow then skips the update)', () => {
    const nodes = [node('a', predicted), node('b')]
    const moved: NodeChange<FlowNode> = { id: 'a', type: 'position', position: { x: 5, y: 5 } }
    expect(forgetPredictedHandles(nodes, [moved])).toBe(nodes)
    expect(forgetPredictedHandles(nodes, [dims('b')])).toBe(nodes)
  })
})
