import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

test('a module bundle that fails to load shows an error with retry; the rest keeps working', async ({
  page,
}) => {
  const portal = new Portal(page);
  const tasksBundle = '**/ocop-assets/ocop-tasks/**';
  await page.route(tasksBundle, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await portal.signIn('/ocop/tasks');

  const panel = page.locator('ocop-shell [role="alert"]');
  await expect(panel).toContainText('Không tải được phân hệ Nhiệm vụ.');

  // The other modules and the portal's own page are unaffected.
  await portal.ocopModule('Hồ sơ');
  await expect(portal.seedRows()).toHaveCount(2);
  await portal.ocopModule('Báo cáo');
  await expect(page.locator('ocop-reports-app h2')).toBeVisible();
  await portal.portalMenu('Thủ tục hành chính');
  await expect(page.getByRole('heading', { name: 'Thủ tục hành chính' })).toBeVisible();

  // The fault is removed; retry mounts the module without a page reload.
  await portal.portalMenu('OCOP');
  await portal.ocopModule('Nhiệm vụ');
  await expect(panel).toContainText('Không tải được phân hệ Nhiệm vụ.');
  await page.unroute(tasksBundle);
  await panel.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.locator('ocop-tasks-app h2')).toHaveText('Việc của đơn vị tôi');
  await expect(panel).toHaveCount(0);
});
