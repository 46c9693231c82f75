import { submitLoginForm } from '../fixtures/keycloak';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

test("a district officer of Văn Quan signs in on Keycloak's page and works in OCOP", async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await page.goto('/ocop');
  // The real login page of the realm, not a form of ours.
  await expect(page).toHaveURL(/\/realms\/langson\/protocol\/openid-connect\/auth/);
  await expect(page.locator('#kc-login')).toBeVisible();
  await submitLoginForm(page, 'vq.nongnghiep');

  await expect(page).toHaveURL(/\/ocop$/);
  await expect(portal.ocopNav.getByRole('link')).toHaveText(['Hồ sơ', 'Nhiệm vụ', 'Báo cáo']);
  const user = page.locator('ocop-shell .user');
  await expect(user).toContainText('Hoàng Văn Cường');
  await expect(user).toContainText('Phòng Nông nghiệp và Phát triển nông thôn');
  await expect(user).toContainText('Văn Quan');

  await portal.ocopModule('Hồ sơ');
  await expect(portal.seedRows()).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});

test("a commune officer of Hữu Lễ sees only Hữu Lễ's products", async ({ page }) => {
  const portal = new Portal(page);
  await portal.signIn('/ocop/dossiers', 'xa.huule');
  await expect(portal.seedRows()).toHaveCount(1);
  await expect(portal.seedRows().first()).toContainText('Rượu men lá Hữu Lễ');
  await expect(page.locator('ocop-dossier-app')).not.toContainText('Tinh dầu hồi Văn Quan');
});

test('a user with no OCOP role sees a clear "no access" page, not an error', async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await portal.signIn('/ocop/dossiers', 'khach');
  const noAccess = page.locator('ocop-shell .no-access');
  await expect(noAccess).toContainText('Bạn chưa có quyền sử dụng OCOP');
  await expect(noAccess).toContainText('liên hệ quản trị viên');
  await expect(portal.ocopNav.getByRole('link')).toHaveCount(0);
  await expect(portal.moduleElements).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('a page without single-spa places <ocop-shell>, which signs in by itself', async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await page.goto('/standalone/ocop/dossiers');
  await submitLoginForm(page, 'vq.nongnghiep');
  await expect(page).toHaveURL(/\/standalone\/ocop\/dossiers$/);
  await expect(portal.seedRows()).toHaveCount(2);
  await expect(page.locator('ocop-shell .user')).toContainText('Hoàng Văn Cường');
  expect(await page.evaluate(() => 'singleSpaNavigate' in window)).toBe(false);
  expect(consoleErrors).toEqual([]);
});
