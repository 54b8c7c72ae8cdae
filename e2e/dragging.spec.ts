import { expect, test } from './fixtures.ts'
import { addNode, centreOf, createMap, joinAs, node } from './helpers.ts'

/*
 * A node dragged over another does not make that node show its link handle: the handle is for
 * starting a link, which nobody does mid-drag, and its appearing and vanishing under the
 * pointer slowed every step of a drag on a large map (client/src/map/canvas/MapCanvas.tsx).
 */
test('nodes passed over during a drag keep their link handle hidden, and show it again after', async ({
  page,
}) => {
  const map = await createMap(page)
  await joinAs(page, map.editUrl, 'Anna')
  await addNode(page, 'Träger', 'Caritas')
  await addNode(page, 'Angebot / Einrichtung', 'Jugendtreff')
  const caritas = node(page, 'Träger', 'Caritas')
  const treff = node(page, 'Angebot / Einrichtung', 'Jugendtreff')
  const handleOf = (n: typeof treff) => n.locator('.qn-handle-source')

  // Hovering a node shows its handle.
  await treff.hover()
  await expect(handleOf(treff)).toBeVisible()

  // The pointer cannot hover the Jugendtreff while it holds Caritas (except when the node lags
  // behind it, as on a large map far out), so the Jugendtreff is held in :hover by DevTools.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  const treffId = await treff.getAttribute('data-id')
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: `.react-flow__node[data-id="${treffId}"] .qn-node`,
  })
  await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: ['hover'] })

  await page.mouse.move(10, 10)
  await expect(handleOf(treff)).toBeVisible()
  const from = await centreOf(caritas)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 6, from.y + 6, { steps: 2 })
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 })
  await expect(page.locator('.canvas.is-dragging')).toHaveCount(1)
  await expect(handleOf(treff)).toBeHidden()
  await expect(handleOf(caritas)).toBeVisible()
  await page.mouse.up()
  await expect(page.locator('.canvas.is-dragging')).toHaveCount(0)
  await expect(handleOf(treff)).toBeVisible()
})
