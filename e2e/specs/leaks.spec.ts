import { Page } from '@playwright/test';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

/** What a guest can leave behind in the host page: elements, styles, and listeners on window/document. */
async function footprint(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const listeners = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
    });
    // Types, not just a count, so a failure says which listener stayed.
    return found.map((l) => l.type).sort();
  };
  const counts = {
    windowListeners: await listeners('window'),
    documentListeners: await listeners('document'),
    ...(await page.evaluate(() => ({
      headStyles: document.head.querySelectorAll('style, link[rel="stylesheet"]').length,
      bodyElements: document.body.querySelectorAll('*').length,
      ocopElements: document.querySelectorAll(
        'ocop-shell, ocop-dossier-app, ocop-tasks-app, ocop-reports-app',
      ).length,
    }))),
  };
  await cdp.detach();
  return counts;
}

test('mounting and unmounting every module 20 times leaves nothing behind', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const portal = new Portal(page);
  await portal.signIn('/thu-tuc-hanh-chinh');
  // The portal's own page is mounted (single-spa started), so the baseline holds all of the portal's own.
  await expect(page.getByRole('heading', { name: 'Thủ tục hành chính' })).toBeVisible();
  const withoutOcop = await footprint(page);

  await portal.portalMenu('OCOP');
  await expect(page.locator('ocop-shell h2')).toBeVisible();
  // Load every bundle once, so the baseline includes what loading (not mounting) keeps.
  for (const label of ['Hồ sơ', 'Nhiệm vụ', 'Báo cáo'] as const) await portal.ocopModule(label);
  await portal.portalMenu('OCOP');
  await expect(portal.moduleElements).toHaveCount(0);
  const shellOnly = await footprint(page);

  for (let round = 1; round <= 20; round++) {
    await portal.ocopModule('Hồ sơ');
    await expect(portal.seedRows()).toHaveCount(2);
    await portal.ocopModule('Nhiệm vụ');
    await expect(page.locator('ocop-tasks-app h2')).toBeVisible();
    await portal.ocopModule('Báo cáo');
    await expect(page.locator('ocop-reports-app h2')).toBeVisible();
    await portal.portalMenu('OCOP');
    await expect(portal.moduleElements).toHaveCount(0);
  }
  // @angular/elements destroys a removed element a little later: poll instead of guessing how long.
  await expect.poll(() => footprint(page)).toEqual(shellOnly);

  await portal.portalMenu('Thủ tục hành chính');
  await expect(page.locator('ocop-shell')).toHaveCount(0);
  await expect.poll(() => footprint(page)).toEqual(withoutOcop);
  expect(consoleErrors).toEqual([]);
});
