import { Page } from '@playwright/test';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

const SEED_PRODUCTS = [
  { name: 'Rượu men lá Hữu Lễ', commune: 'Hữu Lễ' },
  { name: 'Tinh dầu hồi Văn Quan', commune: 'Văn Quan' },
];

test('the district sees the dossiers of both seed products with their communes under OCOP → Hồ sơ', async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await portal.signIn('/');
  await portal.portalMenu('OCOP');
  await portal.ocopModule('Hồ sơ');

  await expect(page).toHaveURL(/\/ocop\/dossiers$/);
  await expect(portal.seedRows()).toHaveCount(2);
  for (const product of SEED_PRODUCTS) {
    const row = portal.seedRows().filter({ hasText: product.name });
    await expect(row).toHaveCount(1);
    await expect(row.locator('td.commune')).toContainText(product.commune);
  }
  await expect(page.locator('ocop-dossier-app th').first()).toHaveText(/^\s*Sản phẩm\b/);
  expect(consoleErrors).toEqual([]);
});

test('20 round trips between the portal page and the three modules: one module at a time, no errors', async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await portal.signIn('/thu-tuc-hanh-chinh');
  const modules = [
    { label: 'Hồ sơ', tag: 'ocop-dossier-app', path: '/ocop/dossiers', ready: 'ocop-dossier-app tbody tr' },
    { label: 'Nhiệm vụ', tag: 'ocop-tasks-app', path: '/ocop/tasks', ready: 'ocop-tasks-app h2' },
    { label: 'Báo cáo', tag: 'ocop-reports-app', path: '/ocop/reports', ready: 'ocop-reports-app h2' },
  ] as const;

  for (let round = 1; round <= 20; round++) {
    await portal.portalMenu('OCOP');
    for (const module of modules) {
      await portal.ocopModule(module.label);
      await expect(page).toHaveURL(new RegExp(`${module.path}$`));
      await expect(page.locator(module.ready).first()).toBeVisible();
      await expect(portal.moduleElements).toHaveCount(1);
      await expect(page.locator(module.tag)).toHaveCount(1);
      await expect(page.locator('ocop-shell')).toHaveCount(1);
    }
    await portal.portalMenu('Thủ tục hành chính');
    await expect(page.getByRole('heading', { name: 'Thủ tục hành chính' })).toBeVisible();
    await expect(page.locator('ocop-shell')).toHaveCount(0);
    await expect(portal.moduleElements).toHaveCount(0);
  }
  expect(consoleErrors).toEqual([]);
});

test('a module route opened directly (reload, bookmark) mounts that module', async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await portal.signIn('/ocop/tasks');
  await expect(page.locator('ocop-tasks-app h2')).toHaveText('Việc của đơn vị tôi');
  await expect(portal.ocopNav.getByRole('link', { name: 'Nhiệm vụ' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.reload();
  await expect(page.locator('ocop-tasks-app h2')).toHaveText('Việc của đơn vị tôi');
  expect(consoleErrors).toEqual([]);
});

const HEADER_LOOK = ['background-color', 'color', 'font-family', 'font-size', 'font-weight', 'padding-top'];

async function lookOf(
  page: Page,
  selector: string,
  properties: readonly string[],
): Promise<Record<string, string | number>> {
  return page
    .locator(selector)
    .first()
    .evaluate((element, props) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return { ...Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])), height: box.height };
    }, properties);
}

test('the portal header keeps its look while OCOP is mounted', async ({ page }) => {
  const portal = new Portal(page);
  await portal.signIn('/thu-tuc-hanh-chinh');
  const alone = await lookOf(page, '#portal-header', HEADER_LOOK);
  const menuAlone = await lookOf(page, '#portal-menu a', HEADER_LOOK);

  await portal.portalMenu('OCOP');
  await portal.ocopModule('Hồ sơ');
  await expect(portal.seedRows()).toHaveCount(2);

  expect(await lookOf(page, '#portal-header', HEADER_LOOK)).toEqual(alone);
  expect(await lookOf(page, '#portal-menu a', HEADER_LOOK)).toEqual(menuAlone);
  expect(alone['background-color']).toBe('rgb(179, 19, 27)');
});

const LIST_LOOK = ['display', 'font-family', 'font-size', 'box-sizing', 'border-collapse', 'padding-left'];

test("OCOP's list keeps its look under the portal's hostile global CSS", async ({ page }) => {
  const portal = new Portal(page);
  await portal.signIn('/ocop/dossiers');
  await expect(portal.seedRows()).toHaveCount(2);
  const look = async () => ({
    table: await lookOf(page, 'ocop-dossier-app table', LIST_LOOK),
    header: await lookOf(page, 'ocop-dossier-app th', LIST_LOOK),
    cell: await lookOf(page, 'ocop-dossier-app td', LIST_LOOK),
    nav: await lookOf(page, 'ocop-shell nav a', LIST_LOOK),
    title: await lookOf(page, 'ocop-dossier-app h2', LIST_LOOK),
  });
  const before = await look();

  await page.addStyleTag({
    content: '* { box-sizing: content-box; font: 20px serif } table { display: block }',
  });
  // The hostile rules do reach the portal's own elements, so the check below is not vacuous.
  await expect(page.locator('#portal-menu a').first()).toHaveCSS('font-size', '20px');

  expect(await look()).toEqual(before);
  expect(before.table['display']).toBe('table');
  expect(before.cell['font-size']).toBe('14px');
});

test('an API that is down shows an error with a retry that recovers', async ({ page }) => {
  const portal = new Portal(page);
  await page.route('**/api/dossiers**', (route) => route.abort('connectionrefused'));
  await portal.signIn('/ocop/dossiers');

  const alert = page.locator('ocop-dossier-app [role="alert"]');
  await expect(alert).toContainText('Không tải được danh sách hồ sơ.');
  await page.unroute('**/api/dossiers**');
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(portal.seedRows()).toHaveCount(2);
  await expect(alert).toHaveCount(0);
});
