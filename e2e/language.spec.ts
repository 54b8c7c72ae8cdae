import { expect, test } from '@playwright/test'
import { createMap } from './helpers.ts'

test('a participant who reads no German switches to English in the name dialog, before joining', async ({
  page,
}) => {
  const map = await createMap(page)
  await page.goto(map.editUrl)
  const german = page.getByRole('dialog', { name: 'Wie sollen die anderen Sie sehen?' })
  await expect(german).toBeVisible()
  // The switch comes first in the dialog, but the focus starts at the question.
  await expect(german.getByLabel('Ihr Name')).toBeFocused()
  await german.getByRole('button', { name: 'English' }).click()

  const english = page.getByRole('dialog', { name: 'How should the others see you?' })
  await expect(english).toBeVisible()
  await english.getByLabel('Your name').fill('Sam')
  await english.getByLabel('Your name').press('Enter')
  await expect(english).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'connected' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add Provider' })).toBeVisible()
})
