import { type BrowserContext, test as base } from '@playwright/test'
import type { User } from './helpers.ts'

export { expect } from '@playwright/test'

/** The people of one test, each a separate browser user. */
export interface People {
  /** A new, separate browser user (own storage, own awareness identity). */
  open(): Promise<User>
}

/**
 * Playwright's test with a `people` fixture. Every context it opens is closed after the test,
 * pass or fail, so a failing test leaks no browser. A test may still close a user itself
 * (someone leaving the map); closing a closed context again does nothing.
 */
export const test = base.extend<{ people: People }>({
  people: async ({ browser }, use) => {
    const opened: BrowserContext[] = []
    await use({
      async open() {
        // browser.newContext() takes the config's `use` options (baseURL, locale, viewport).
        const context = await browser.newContext()
        // Remembered before the page opens, so a failing newPage() leaks nothing either.
        opened.push(context)
        return { context, page: await context.newPage() }
      },
    })
    for (const context of opened) await context.close()
  },
})
