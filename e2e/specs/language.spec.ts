import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

test("switching the portal's language to English switches OCOP's texts and formats without a reload", async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  // The product list of the town's commune officer: a commune no other spec adds products to.
  await portal.signIn('/ocop/dossiers/products', 'xa.vanquan');
  await expect(portal.seedRows()).toHaveCount(1);
  const list = page.locator('ocop-dossier-app');
  await expect(list.locator('h2')).toHaveText('Sản phẩm OCOP');
  await expect(list.locator('.count')).toHaveText('1 sản phẩm');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await page.getByRole('button', { name: 'English' }).click();

  await expect(list.locator('h2')).toHaveText('OCOP products');
  await expect(list.locator('.count')).toHaveText('1 product');
  await expect(list.locator('th').first()).toHaveText('Product');
  await expect(portal.ocopNav.getByRole('link')).toHaveText(['Dossiers', 'Tasks', 'Reports']);
  await expect(page.locator('ocop-shell .ocop-root').first()).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // A module mounted after the switch starts in English too; dates keep the dd/MM/yyyy office format.
  await page.locator('ocop-dossier-app a.add').click();
  const form = page.locator('ocop-new-product-form');
  await form.getByLabel('Product name').fill('Miến dong');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('ocop-dossier-app a.add').click();
  await expect(form.locator('.draft')).toContainText(
    /You have an unsaved draft from \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./,
  );
  await form.getByRole('button', { name: 'Discard draft' }).click();

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(portal.ocopNav.getByRole('link')).toHaveText(['Hồ sơ', 'Nhiệm vụ', 'Báo cáo']);
  expect(consoleErrors).toEqual([]);
});
