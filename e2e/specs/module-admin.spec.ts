import { Page } from '@playwright/test';
import { callApi, enableModule } from '../fixtures/api';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

const HOSTILE_CSS =
  '* { box-sizing: content-box; font: 20px serif } table { display: block } dialog { padding: 0 }';

async function dialogLook(page: Page) {
  return page.locator('ocop-module-admin dialog').evaluate((dialog) => {
    const style = getComputedStyle(dialog);
    const button = getComputedStyle(dialog.querySelector('button')!);
    return {
      font: style.fontSize + ' ' + style.fontFamily,
      padding: style.padding,
      width: Math.round(dialog.getBoundingClientRect().width),
      buttonFont: button.fontSize,
      buttonBoxSizing: button.boxSizing,
    };
  });
}

test.describe('modules per district', () => {
  test.afterEach(async () => {
    await enableModule('184', 'tasks');
  });

  test('the admin switches Tasks off for Văn Quan: its officers lose it, the API refuses it, others keep it', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const admin = new Portal(page);
    await admin.signIn('/ocop/admin', 'admin.tinh');
    const tasksOfVanQuan = page.locator(
      'ocop-module-admin tr[data-district="184"] input[data-module="tasks"]',
    );
    await expect(tasksOfVanQuan).toBeChecked();

    // The confirmation is an overlay of ours: the portal's hostile CSS must not reach it either.
    await tasksOfVanQuan.click();
    const dialog = page.locator('ocop-module-admin dialog');
    await expect(dialog).toBeVisible();
    const look = await dialogLook(page);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(tasksOfVanQuan).toBeChecked();
    await page.addStyleTag({ content: HOSTILE_CSS });
    await tasksOfVanQuan.click();
    await expect(dialog).toContainText('Tắt phân hệ Nhiệm vụ cho Huyện Văn Quan?');
    expect(await dialogLook(page)).toEqual(look);

    await dialog.getByLabel('Lý do').fill('Huyện chưa triển khai theo dõi nhiệm vụ');
    await dialog.getByRole('button', { name: 'Tắt phân hệ' }).click();
    await expect(page.locator('ocop-module-admin .notice')).toContainText('Đã lưu thay đổi.');
    await expect(tasksOfVanQuan).not.toBeChecked();
    const audit = page.locator('ocop-module-admin table.audit');
    await expect(audit).toContainText('Tắt Nhiệm vụ cho Huyện Văn Quan');
    await expect(audit).toContainText('admin.tinh');
    await expect(audit).toContainText('Huyện chưa triển khai theo dõi nhiệm vụ');

    // A district officer of Văn Quan no longer sees Tasks, also after a reload.
    const vanQuanContext = await browser.newContext();
    const officer = new Portal(await vanQuanContext.newPage());
    await officer.signIn('/ocop', 'vq.nongnghiep');
    await expect(officer.ocopNav.getByRole('link')).toHaveText(['Hồ sơ', 'Báo cáo']);
    await officer.page.reload();
    await expect(officer.ocopNav.getByRole('link')).toHaveText(['Hồ sơ', 'Báo cáo']);
    await vanQuanContext.close();

    // The API refuses the module, whatever the UI shows.
    const refused = await callApi('vq.nongnghiep', '/tasks/plans');
    expect(refused.status).toBe(403);
    expect(refused.body['code']).toBe('MODULE_DISABLED');

    // Another district is not affected.
    const caoLocContext = await browser.newContext();
    const other = new Portal(await caoLocContext.newPage());
    await other.signIn('/ocop', 'cl.nongnghiep');
    await expect(other.ocopNav.getByRole('link')).toHaveText(['Hồ sơ', 'Nhiệm vụ', 'Báo cáo']);
    await caoLocContext.close();
    expect((await callApi('cl.nongnghiep', '/tasks/plans')).status).toBe(200);
  });

  test('the admin page says whether each module bundle fits the running API', async ({ page }) => {
    const admin = new Portal(page);
    await admin.signIn('/ocop/admin', 'admin.tinh');
    const bundles = page.locator('ocop-module-admin ul.bundles li');
    await expect(bundles).toHaveCount(3);
    await expect(bundles.first()).toContainText('tương thích với máy chủ OCOP đang chạy');
  });
});
