import { expect, test } from 'vitest'
import { NODE_KINDS } from '../../shared.ts'
import { type KeyLike, kindIndexForKey, matchShortcut } from './shortcuts.ts'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

test('Ctrl and Cmd both undo, and Shift or Y redoes', () => {
  expect(matchShortcut(key('z', { ctrlKey: true }))).toBe('undo')
  expect(matchShortcut(key('z', { metaKey: true }))).toBe('undo')
  expect(matchShortcut(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
  expect(matchShortcut(key('y', { ctrlKey: true }))).toBe('redo')
})

test('clipboard shortcuts are recognised, also with Caps Lock', () => {
  expect(matchShortcut(key('C', { ctrlKey: true }))).toBe('copy')
  expect(matchShortcut(key('v', { ctrlKey: true }))).toBe('paste')
  expect(matchShortcut(key('d', { metaKey: true }))).toBe('duplicate')
})

test('plain arrows are left to React Flow, Alt+arrows navigate between nodes', () => {
  expect(matchShortcut(key('ArrowLeft'))).toBeNull()
  expect(matchShortcut(key('ArrowLeft', { altKey: true }))).toBe('navigateLeft')
  expect(matchShortcut(key('ArrowUp', { altKey: true, shiftKey: true }))).toBeNull()
})

test('single letters start adding and connecting, a question mark opens the help', () => {
  expect(matchShortcut(key('n'))).toBe('add')
  expect(matchShortcut(key('v'))).toBe('connectTo')
  expect(matchShortcut(key('?', { shiftKey: true }))).toBe('help')
  expect(matchShortcut(key('N', { shiftKey: true }))).toBeNull()
  expect(matchShortcut(key('x'))).toBeNull()
})

test('after N a digit or the first letter of a kind picks the kind', () => {
  expect(kindIndexForKey('1', NODE_KINDS)).toBe(0)
  expect(kindIndexForKey('7', NODE_KINDS)).toBe(NODE_KINDS.indexOf('note'))
  expect(kindIndexForKey('8', NODE_KINDS)).toBeNull()
  expect(kindIndexForKey('f', NODE_KINDS)).toBe(NODE_KINDS.indexOf('agency'))
  expect(kindIndexForKey('n', NODE_KINDS)).toBe(NODE_KINDS.indexOf('note'))
  expect(kindIndexForKey('z', NODE_KINDS)).toBeNull()
})
