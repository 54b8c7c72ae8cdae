import { expect, test } from './fixtures.ts'
import { addNode, joinAs } from './helpers.ts'

test('start page and map make requests only to our own server', async ({ page }) => {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  page.on('websocket', (socket) => urls.push(socket.url()))

  await page.goto('/')
  await page.getByLabel('Titel').fill('Ohne Dritte')
  await page.getByRole('button', { name: 'Karte anlegen' }).click()
  const editUrl = await page.getByLabel('Link zum Bearbeiten', { exact: true }).inputValue()
  await joinAs(page, editUrl, 'Anna')
  await addNode(page, 'Bewohner*innengruppe / Initiative', 'Nachbarschaftscafé')

  const foreign = urls.filter((url) => {
    const parsed = new URL(url)
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false
    return parsed.hostname !== '127.0.0.1'
  })
  expect(urls.some((url) => url.startsWith('ws://127.0.0.1'))).toBe(true)
  expect(foreign).toEqual([])
})
