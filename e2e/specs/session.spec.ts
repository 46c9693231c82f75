import { KeycloakAdmin, submitLoginForm } from '../fixtures/keycloak';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

// Access tokens shorter than the 30 s the modules ask to be left: every API call needs a refresh.
const SHORT_LIFESPAN_S = 10;

test.describe('sessions with short-lived access tokens', () => {
  test.describe.configure({ mode: 'serial' });
  let admin: KeycloakAdmin;

  test.beforeAll(async () => {
    admin = await KeycloakAdmin.connect();
    await admin.setAccessTokenLifespan(SHORT_LIFESPAN_S);
  });

  test.afterAll(async () => {
    // The admin's own token is short-lived too: connect again.
    await (await KeycloakAdmin.connect()).setAccessTokenLifespan(300);
  });

  test('a user keeps working across several token expiries without an interruption', async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(90_000);
    const portal = new Portal(page);
    await portal.signIn('/ocop/dossiers');
    await expect(portal.seedRows()).toHaveCount(2);

    for (let expiry = 1; expiry <= 3; expiry++) {
      await page.waitForTimeout((SHORT_LIFESPAN_S + 1) * 1000);
      await portal.ocopModule('Nhiệm vụ');
      await portal.ocopModule('Hồ sơ');
      await expect(portal.seedRows()).toHaveCount(2);
      await expect(page).toHaveURL(/\/ocop\/dossiers$/);
      await expect(page.locator('[role="alert"]')).toHaveCount(0);
    }
    expect(consoleErrors).toEqual([]);
  });

  test('a session ended in Keycloak leads to the login page and back to the same form, draft restored', async ({
    page,
  }) => {
    const portal = new Portal(page);
    await portal.signIn('/ocop/dossiers/products/new', 'xa.huule');
    const form = page.locator('ocop-new-product-form');
    await expect(form.getByRole('heading', { name: 'Đăng ký sản phẩm OCOP' })).toBeVisible();
    await form.getByLabel('Tên sản phẩm').fill('Miến dong Hữu Lễ');
    await form.getByLabel('Phân nhóm sản phẩm').selectOption('6');
    await form.getByLabel('Chủ thể').selectOption({ index: 1 });

    await (await KeycloakAdmin.connect()).endSessions('xa.huule');
    await form.getByRole('button', { name: 'Lưu' }).click();

    await submitLoginForm(page, 'xa.huule');
    await expect(page).toHaveURL(/\/ocop\/dossiers\/products\/new$/);
    const offer = form.locator('.draft');
    await expect(offer).toContainText('Bạn có một bản nháp chưa lưu');
    await offer.getByRole('button', { name: 'Khôi phục bản nháp' }).click();
    await expect(form.getByLabel('Tên sản phẩm')).toHaveValue('Miến dong Hữu Lễ');
    await expect(form.getByLabel('Phân nhóm sản phẩm')).toHaveValue('6');
  });
});
