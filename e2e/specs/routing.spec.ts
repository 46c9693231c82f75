import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

test('back and forward move between module pages and modules; deep links survive a reload', async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await portal.signIn('/ocop/dossiers/products');
  await expect(portal.seedRows()).toHaveCount(2);
  await page.locator('ocop-dossier-app a.add').click();
  await expect(page).toHaveURL(/\/ocop\/dossiers\/products\/new$/);
  await portal.ocopModule('Nhiệm vụ');
  await portal.ocopModule('Báo cáo');
  await portal.portalMenu('Thủ tục hành chính');

  const expectAt = async (path: RegExp, ready: string, tag: string | null) => {
    await expect(page).toHaveURL(path);
    await expect(page.locator(ready).first()).toBeVisible();
    await expect(portal.moduleElements).toHaveCount(tag ? 1 : 0);
    if (tag) await expect(page.locator(tag)).toHaveCount(1);
  };

  await page.goBack();
  await expectAt(/\/ocop\/reports$/, 'ocop-reports-app h2', 'ocop-reports-app');
  await page.goBack();
  await expectAt(/\/ocop\/tasks$/, 'ocop-tasks-app h2', 'ocop-tasks-app');
  await page.goBack();
  await expectAt(/\/ocop\/dossiers\/products\/new$/, 'ocop-new-product-form h2', 'ocop-dossier-app');
  await page.goBack();
  await expectAt(/\/ocop\/dossiers\/products$/, 'ocop-dossier-app tbody tr', 'ocop-dossier-app');
  await page.goForward();
  await expectAt(/\/ocop\/dossiers\/products\/new$/, 'ocop-new-product-form h2', 'ocop-dossier-app');
  await page.goForward();
  await expectAt(/\/ocop\/tasks$/, 'ocop-tasks-app h2', 'ocop-tasks-app');

  // A bookmark of a page inside a module.
  await page.goto('/ocop/dossiers/products/new');
  await expectAt(/\/ocop\/dossiers\/products\/new$/, 'ocop-new-product-form h2', 'ocop-dossier-app');
  await page.reload();
  await expectAt(/\/ocop\/dossiers\/products\/new$/, 'ocop-new-product-form h2', 'ocop-dossier-app');
  expect(consoleErrors).toEqual([]);
});
