import { expect, test } from 'vitest'
import { nearestInDirection } from './spatial-nav.ts'

const from = { id: 'a', x: 0, y: 0 }
const nodes = [
  from,
  { id: 'right-near', x: 100, y: 10 },
  { id: 'right-far', x: 400, y: 0 },
  { id: 'below', x: 0, y: 200 },
  { id: 'above-right', x: 80, y: -300 },
]

test('the jump goes to the nearest node in the arrow direction', () => {
  expect(nearestInDirection(from, nodes, 'right')?.id).toBe('right-near')
  expect(nearestInDirection(from, nodes, 'down')?.id).toBe('below')
  expect(nearestInDirection(from, nodes, 'up')?.id).toBe('above-right')
})

test('there is no jump when nothing lies in that direction', () => {
  expect(nearestInDirection(from, nodes, 'left')).toBeNull()
})

test('a node steeply beside the arrow loses to one straight ahead, even if it is closer', () => {
  const side = { id: 'side', x: 60, y: 90 }
  const ahead = { id: 'ahead', x: 180, y: 0 }
  expect(nearestInDirection(from, [side, ahead], 'right')?.id).toBe('ahead')
})

test('the starting node itself is never the target', () => {
  expect(nearestInDirection(from, [from], 'right')).toBeNull()
})
