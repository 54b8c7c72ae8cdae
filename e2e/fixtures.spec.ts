import type { BrowserContext } from '@playwright/test'
import { expect, test } from './fixtures.ts'

/*
 * The `people` fixture closes every user it opened, whether the test passes or fails, and a
 * user the test closed itself (someone leaving) is closed again without harm. The tests run
 * in order in one worker and share what they opened through this module.
 */
test.describe.configure({ mode: 'serial' })

const opened: BrowserContext[] = []

test('a user closed by the test itself is closed again without an error', async ({ people }) => {
  const leaving = await people.open()
  opened.push(leaving.context)
  await leaving.context.close()
})

test('a failing test leaves no user open (this test fails on purpose: test.fail)', async ({
  people,
}) => {
  test.fail()
  const anna = await people.open()
  const bert = await people.open()
  opened.push(anna.context, bert.context)
  expect(anna.page.url(), 'fails on purpose, with both users still open').toBe('failed')
})

test('after both tests every user they opened is closed', async ({ browser }) => {
  expect(opened).toHaveLength(3)
  for (const context of opened) expect(browser.contexts()).not.toContain(context)
})
