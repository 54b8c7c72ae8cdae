import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { node } from './helpers.ts'

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}

async function answerName(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Wie sollen die anderen Sie sehen?' })
  await dialog.getByLabel('Ihr Name').fill(name)
  await dialog.getByRole('button', { name: 'Weiter' }).click()
  await expect(dialog).toBeHidden()
}

test('the sample map opens filled with the Musterviertel network', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'So funktioniert’s' })).toBeVisible()
  await page.getByRole('button', { name: 'Musterviertel öffnen' }).click()
  await expect(page).toHaveURL(/\/m\/[^/]+#t=/)
  await answerName(page, 'Anna')
  await expect(page.getByRole('heading', { name: 'Musterviertel', level: 1 })).toBeVisible()
  await expect(node(page, 'Fachamt / Verwaltung', 'Jugendamt')).toBeVisible()
  await expect(node(page, 'Träger', 'Caritasverband')).toBeVisible()
})

test('recently opened maps are listed, open again, and can be forgotten', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('Noch keine Karte geöffnet.')).toBeVisible()
  await expect(page.getByText('Diese Liste gibt es nur in diesem Browser')).toBeVisible()

  await page.getByLabel('Titel').fill('Netzwerk Chorweiler')
  await page.getByLabel('Sozialraum').fill('Chorweiler')
  await page.getByRole('button', { name: 'Karte anlegen' }).click()
  await page.getByRole('button', { name: 'Karte öffnen' }).click()
  await answerName(page, 'Anna')
  await expect(page.getByRole('heading', { name: 'Netzwerk Chorweiler', level: 1 })).toBeVisible()

  await page.goto('/')
  const recent = page.getByRole('region', { name: 'Zuletzt geöffnete Karten' })
  const link = recent.getByRole('link', { name: 'Netzwerk Chorweiler' })
  await expect(link).toBeVisible()
  await expect(recent.getByText(/Chorweiler · bearbeiten · zuletzt geöffnet am/)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await link.click()
  await expect(page.getByRole('heading', { name: 'Netzwerk Chorweiler', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Karte/ }).first()).toBeVisible()

  await page.goto('/')
  await recent
    .getByRole('button', { name: '„Netzwerk Chorweiler“ aus der Liste entfernen' })
    .click()
  await expect(link).toBeHidden()
  await expect(recent.getByRole('status')).toHaveText(
    '„Netzwerk Chorweiler“ wurde aus der Liste entfernt.',
  )
  await page.reload()
  await expect(page.getByText('Noch keine Karte geöffnet.')).toBeVisible()
})

test('the start page speaks English after switching, help included', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'How it works' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recently opened maps' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open Musterviertel' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(await seriousViolations(page)).toEqual([])
})
