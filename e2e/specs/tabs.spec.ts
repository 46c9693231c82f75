import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

test('logout in one tab shows the logged-out state in the other within a few seconds', async ({
  page,
  context,
}) => {
  const first = new Portal(page);
  await first.signIn('/ocop/dossiers');
  await expect(first.seedRows()).toHaveCount(2);

  // The second tab gets in through Keycloak's single sign-on, without the form.
  const other = await context.newPage();
  const second = new Portal(other);
  await second.open('/ocop/tasks');
  await expect(other.locator('ocop-tasks-app h2')).toBeVisible();

  await page.locator('ocop-shell').getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/realms\/langson\//);

  const loggedOut = other.locator('#portal-logged-out');
  await expect(loggedOut).toBeVisible({ timeout: 5_000 });
  await expect(loggedOut).toContainText('Bạn đã đăng xuất');
  await expect(other.locator('ocop-tasks-app')).toBeHidden();
});
