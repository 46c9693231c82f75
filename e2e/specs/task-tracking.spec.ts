import { Browser, Locator, Page } from '@playwright/test';
import { callApi } from '../fixtures/api';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

// Fixed ids of the demo plan (projects/ocop-api/src/seed/demo-plan-tasks.ts): Văn Quan's 2020 plan and the
// Trung tâm Y tế's duty on herbal products (§III.7, first bullet), which serves target MT2 and has no report.
const PLAN_ID = '0c0b2020-0000-4000-8000-000000000401';
const HERBAL_DUTY_ID = '0c0b2020-0000-4000-8000-053701000000';

interface TaskRow {
  id: string;
  title: string;
  lead: { kind: string; code: string; name: string };
  cooperating: { kind: string; code: string }[];
}

/** A PDF the API accepts (it checks the content, not the name). */
function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text}\n${' '.repeat(2000)}\n%%EOF\n`);
}

async function signedIn(browser: Browser, path: string, username: string): Promise<Portal> {
  const context = await browser.newContext();
  const portal = new Portal(await context.newPage());
  await portal.signIn(path, username);
  return portal;
}

async function tasksOf(username: string): Promise<TaskRow[]> {
  const answer = await callApi(username, `/tasks/plans/${PLAN_ID}/tasks?limit=500`);
  expect(answer.status).toBe(200);
  return answer.body['items'] as TaskRow[];
}

function report(page: Page, review: 'pending' | 'returned' | 'accepted'): Locator {
  return page.locator(`ocop-tasks-app ocop-report-history li.report[data-review="${review}"]`);
}

async function sendReport(page: Page, percent: string, text: string, file?: string): Promise<void> {
  const form = page.locator('ocop-tasks-app ocop-report-form');
  await form.locator('#report-percent').fill(percent);
  await form.locator('#report-text').fill(text);
  if (file) {
    await form
      .locator('#report-files')
      .setInputFiles({ name: file, mimeType: 'application/pdf', buffer: pdf(text) });
  }
  await form.locator('button.send-report').click();
}

/** Reviews the pending report through its dialog (a reason for a return). */
async function review(page: Page, action: 'accept' | 'return', reason = ''): Promise<void> {
  await report(page, 'pending').locator(`button.${action}`).click();
  const dialog = page.locator(`ocop-tasks-app dialog.action-dialog`);
  await expect(dialog).toBeVisible();
  if (reason) await dialog.locator('#action-reason').fill(reason);
  await dialog.locator('button.confirm-action').click();
  await expect(dialog).toBeHidden();
}

function mt2Accepted(page: Page): Locator {
  return page.locator('ocop-tasks-app li.target[data-target="MT2"] .figure.accepted');
}

test('Trung tâm Y tế reports 50 % with a PDF, the district returns it, the centre reports again, the district accepts, and the target roll-up says how it changed', async ({
  page,
  browser,
  consoleErrors,
}) => {
  test.setTimeout(240_000);
  const centre = new Portal(page);

  // 1. The centre's officer sees only the tasks its unit leads or cooperates on.
  const visible = await tasksOf('vq.yte');
  expect(visible.length).toBeGreaterThan(0);
  expect(visible.length).toBeLessThan((await tasksOf('vq.nongnghiep')).length);
  for (const task of visible) {
    const units = [task.lead, ...task.cooperating].map((u) => `${u.kind}:${u.code}`);
    expect(units, task.title).toContain('department:TTYT');
  }
  await centre.signIn('/ocop/tasks', 'vq.yte');
  await expect(page.locator('ocop-tasks-app h2')).toHaveText('Việc của đơn vị tôi');
  await page.goto(`/ocop/tasks/plans/${PLAN_ID}`);
  const rows = page.locator('ocop-tasks-app ocop-task-table tr[data-task]');
  await expect(rows).toHaveCount(visible.length);
  await expect(rows.filter({ hasText: 'Xã Hữu Lễ' })).toHaveCount(0);

  // 2. …opens the herbal products duty and reports 50 % with a PDF as evidence.
  await page.locator(`ocop-tasks-app ocop-task-table tr[data-task="${HERBAL_DUTY_ID}"] a`).first().click();
  await expect(page).toHaveURL(new RegExp(`/ocop/tasks/${HERBAL_DUTY_ID}$`));
  await sendReport(
    page,
    '50',
    'Đã hướng dẫn HTX Văn Quan Xanh quy trình chưng cất tinh dầu hồi.',
    'bien-ban-huong-dan.pdf',
  );
  await expect(report(page, 'pending')).toContainText('50');
  await expect(report(page, 'pending').locator('ocop-evidence-list')).toContainText('bien-ban-huong-dan.pdf');

  // 3. The district officer sees the report and returns it with a reason.
  const district = await signedIn(browser, `/ocop/tasks/plans/${PLAN_ID}`, 'vq.nongnghiep');
  const before = (await mt2Accepted(district.page).locator('.value').textContent())?.trim();
  expect(before).toBeTruthy();
  await district.page.goto(`/ocop/tasks/${HERBAL_DUTY_ID}`);
  await expect(report(district.page, 'pending')).toContainText('bien-ban-huong-dan.pdf');
  await review(district.page, 'return', 'Thiếu danh sách hộ được hướng dẫn, đề nghị bổ sung.');
  await expect(report(district.page, 'returned')).toContainText('Thiếu danh sách hộ được hướng dẫn');

  // 4. The centre sees the reason and reports again.
  await page.reload();
  await expect(report(page, 'returned')).toContainText('Thiếu danh sách hộ được hướng dẫn');
  await sendReport(page, '50', 'Bổ sung danh sách 12 hộ được hướng dẫn kèm biên bản.', 'danh-sach-ho.pdf');
  await expect(report(page, 'pending')).toContainText('danh-sach-ho.pdf');

  // 5. The district officer accepts; the roll-up of target MT2 changes and shows how it was computed.
  await district.page.reload();
  await review(district.page, 'accept');
  await expect(report(district.page, 'accepted')).toContainText('50');
  await district.page.goto(`/ocop/tasks/plans/${PLAN_ID}`);
  const after = mt2Accepted(district.page);
  await expect(after.locator('.value')).not.toHaveText(before!);
  await expect(after.locator('.formula')).toContainText('Trung bình cộng');
  await expect(after.locator('.formula')).toContainText('50');
  expect(consoleErrors).toEqual([]);
  await district.page.context().close();
});

test("a commune officer of Hữu Lễ sees only Hữu Lễ's tasks; another commune's task is 404 in the API and not found in the UI", async ({
  page,
}) => {
  const huuLe = await tasksOf('xa.huule');
  expect(huuLe.length).toBeGreaterThan(0);
  const all = await tasksOf('vq.nongnghiep');
  const otherCommune = all.find((t) => t.lead.kind === 'commune' && t.lead.code === '06253');
  expect(otherCommune, 'a task of Thị trấn Văn Quan').toBeDefined();
  expect(huuLe.map((t) => t.id)).not.toContain(otherCommune!.id);

  // The API answers 404, exactly as for a task that does not exist.
  const answer = await callApi('xa.huule', `/tasks/tasks/${otherCommune!.id}`);
  expect(answer.status).toBe(404);
  expect(answer.body['code']).toBe('TASK_NOT_FOUND');

  // The UI lists only Hữu Lễ's tasks (and those of its producers), and the other task's URL shows "not found".
  const portal = new Portal(page);
  await portal.signIn(`/ocop/tasks/plans/${PLAN_ID}`, 'xa.huule');
  const rows = page.locator('ocop-tasks-app ocop-task-table tr[data-task]');
  await expect(rows).toHaveCount(huuLe.length);
  await expect(rows.filter({ hasText: 'Thị trấn Văn Quan' })).toHaveCount(0);
  await expect(page.locator(`ocop-tasks-app tr[data-task="${otherCommune!.id}"]`)).toHaveCount(0);
  await page.goto(`/ocop/tasks/${otherCommune!.id}`);
  await expect(page.locator('ocop-tasks-app ocop-status-panel')).toContainText(
    'Không tìm thấy nhiệm vụ, hoặc nhiệm vụ không thuộc đơn vị của bạn.',
  );
});
