import { describe, expect, it } from 'vitest'
import { NODE_HEIGHT, NODE_WIDTH, placeNode } from './place-node.ts'

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT

describe('placeNode', () => {
  it('a new node is centred on the viewport centre when the spot is free', () => {
    expect(placeNode({ x: 500, y: 300 }, [])).toEqual({
      x: 500 - NODE_WIDTH / 2,
      y: 300 - NODE_HEIGHT / 2,
    })
  })

  it('a second node goes beside the first, on the same row', () => {
    const first = placeNode({ x: 0, y: 0 }, [])
    const second = placeNode({ x: 0, y: 0 }, [first])
    expect(second.y).toBe(first.y)
    expect(overlaps(first, second)).toBe(false)
  })

  it('twenty nodes added at the same centre never overlap', () => {
    const placed: { x: number; y: number }[] = []
    for (let i = 0; i < 20; i++) placed.push(placeNode({ x: 10, y: 10 }, placed))
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(
          overlaps(placed[i] as { x: number; y: number }, placed[j] as { x: number; y: number }),
        ).toBe(false)
      }
    }
  })
})
