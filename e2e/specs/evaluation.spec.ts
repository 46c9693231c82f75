import { Browser, Page } from '@playwright/test';
import { callApi } from '../fixtures/api';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

// Fixed ids of the demo data (projects/ocop-api/src/seed/demo-evaluation.ts, demo-dossiers.ts): the Văn Quan
// council's session of 15/01/2021, whose scores the e2e server leaves out (OCOP_DEMO_DATA_SKIP) so that this
// test plays them, and the "Tinh dầu hồi Văn Quan" dossier on its agenda.
const SESSION_ID = '0c0b2020-0000-4000-8000-000000000422';
const DOSSIER_ID = '0c0b2020-0000-4000-8000-000000000302';
const MEMBERS = ['hoidong.1', 'hoidong.2', 'hoidong.3'] as const;

interface SheetData {
  parts: { sections: { criteria: { code: string; options: { points: number }[] }[] }[] }[];
}

/**
 * Option indexes that give exactly `target` points: every criterion starts at its best option, then each
 * criterion in turn drops to the lowest option that keeps the total at or above the target.
 */
function choicesFor(sheet: SheetData, target: number): Map<string, number> {
  const criteria = sheet.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
  const best = (c: (typeof criteria)[number]) => Math.max(...c.options.map((o) => o.points));
  let total = criteria.reduce((sum, c) => sum + best(c), 0);
  const choices = new Map<string, number>();
  for (const c of criteria) {
    const max = best(c);
    const fits = c.options
      .map((o, index) => ({ index, points: o.points }))
      .filter((o) => total - max + o.points >= target)
      .sort((a, b) => a.points - b.points)[0]!;
    choices.set(c.code, fits.index);
    total += fits.points - max;
  }
  expect(total, `a sheet for ${target} points`).toBe(target);
  return choices;
}

async function signedIn(browser: Browser, path: string, username: string): Promise<Page> {
  const context = await browser.newContext();
  const portal = new Portal(await context.newPage());
  await portal.signIn(path, username);
  return portal.page;
}

/** A member fills the sheet in the browser and submits it; the page's running total must match. */
async function scoreAndSubmit(page: Page, choices: Map<string, number>, total: number): Promise<void> {
  const app = page.locator('ocop-reports-app');
  for (const [code, index] of choices) {
    await app.locator(`[data-criterion="${code}"] input[type=radio][value="${index}"]`).check();
  }
  await expect(app.locator('.unanswered')).toHaveCount(0);
  await expect(app.locator('.sheet-total')).toContainText(`${total}/100`);
  await app.locator('button.submit-sheet').click();
  await app.locator('dialog.confirm-submit-dialog button.confirm-submit').click();
  await expect(app.locator('.my-total')).toContainText(`${total},00`);
}

function scorePath(): string {
  return `/ocop/reports/sessions/${SESSION_ID}/dossiers/${DOSSIER_ID}/score`;
}

/** Today in Vietnam as dd/MM/yyyy and the certificate's last valid day 36 months later. */
function todayAndExpiry(): { today: string; expiry: string } {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('-');
  const lastDay = new Date(Date.UTC(Number(y) + 3, Number(m), 0)).getUTCDate();
  const expiryDay = String(Math.min(Number(d), lastDay)).padStart(2, '0');
  return { today: `${d}/${m}/${y}`, expiry: `${expiryDay}/${m}/${Number(y) + 3}` };
}

test('three members score the Tinh dầu hồi dossier in parallel, a spread above 10 is reopened and re-scored, the session closes and forwards it, the province records 4★ and the product shows its certificate', async ({
  page,
  browser,
  consoleErrors,
}) => {
  test.setTimeout(300_000);
  const sheet = (await callApi('hoidong.1', '/criteria-sheets/1048/22')).body as unknown as SheetData;
  const first = [78, 76, 64];

  // 1. Three members, each in their own browser context, score at the same time.
  const members = await Promise.all(MEMBERS.map((username) => signedIn(browser, scorePath(), username)));
  // Before submitting, a member may not read the others' scores (the API says why).
  expect((await callApi('hoidong.2', `/sessions/${SESSION_ID}/dossiers/${DOSSIER_ID}/sheets`)).status).toBe(
    403,
  );
  await Promise.all(members.map((p, i) => scoreAndSubmit(p, choicesFor(sheet, first[i]!), first[i]!)));

  // 2. The secretary sees the mean, the spread and the star, and the spread above 10 is flagged.
  const secretary = new Portal(page);
  await secretary.signIn(`/ocop/reports/sessions/${SESSION_ID}`, 'vq.nongnghiep');
  const row = page.locator(`ocop-reports-app tr.agenda-row[data-dossier-id="${DOSSIER_ID}"]`);
  await expect(row.locator('.progress')).toContainText('3/3');
  await expect(row.locator('.mean')).toHaveText('72,67');
  await expect(row.locator('.spread')).toHaveText('14,00');
  await expect(row.locator('.stars')).toContainText('4 sao');
  await expect(row.locator('.spread-flag')).toBeVisible();

  // 3. Reopened for discussion, with a reason.
  await row.locator('button.reopen').click();
  const reopen = page.locator('ocop-reports-app dialog.reopen-dialog');
  await reopen.locator('#reopen-reason').fill('Chênh lệch 14 điểm, Hội đồng thảo luận tiêu chí phần C');
  await reopen.locator('button.confirm-reopen').click();
  await expect(reopen).toBeHidden();
  await expect(row.locator('.progress')).toContainText('0/3');

  // 4. Re-scored: the first two confirm their sheets, the third changes theirs after the discussion.
  const second = [78, 76, 75];
  await Promise.all(
    members.map(async (p, i) => {
      await p.reload();
      await scoreAndSubmit(p, choicesFor(sheet, second[i]!), second[i]!);
    }),
  );
  // Once submitted, a member sees the others' totals.
  await expect(members[0]!.locator('ocop-reports-app .member-scores tbody tr')).toHaveCount(3);

  await page.reload();
  await expect(row.locator('.progress')).toContainText('3/3');
  await expect(row.locator('.mean')).toHaveText('76,33');
  await expect(row.locator('.spread')).toHaveText('3,00');
  await expect(row.locator('.spread-flag')).toHaveCount(0);

  // 5. The session is closed (after a confirmation): the scores are locked and the dossier forwarded.
  await page.locator('ocop-reports-app button.close-session').click();
  await page.locator('ocop-reports-app dialog.close-dialog button.confirm-close').click();
  await expect(row.locator('.forwarded')).toHaveText('Chuyển cấp tỉnh');
  const locked = await callApi('hoidong.3', `/sessions/${SESSION_ID}/dossiers/${DOSSIER_ID}/sheets/mine`, {
    method: 'PUT',
    body: { answers: { choices: {}, gates: [] }, version: 99 },
  });
  expect(locked.status).toBe(409);
  expect(locked.body['code']).toBe('SESSION_CLOSED');
  const dossier = await callApi('vq.nongnghiep', `/dossiers/${DOSSIER_ID}`);
  expect(dossier.body['state']).toBe('forwarded');
  for (const p of members) await p.context().close();

  // 6. The province officer records the provincial result: 4★ and a certificate dated today.
  const { today, expiry } = todayAndExpiry();
  const province = await signedIn(
    browser,
    `/ocop/reports/dossiers/${DOSSIER_ID}/province-result`,
    'so.nongnghiep',
  );
  const form = province.locator('ocop-reports-app');
  await form.locator('input[name=score]').fill('76,33');
  await expect(form.locator('.live-stars')).toContainText('4 sao');
  await form.locator('input[name=decisionNumber]').fill('137/QĐ-UBND');
  await form.locator('input[name=decisionDate]').fill(today);
  await form.locator('input[name=certificateNumber]').fill('25/GCN-UBND');
  await form.locator('input[name=certificateDate]').fill(today);
  await expect(form.locator('.expiry')).toContainText(expiry);
  await form.locator('button.save-result').click();
  await form.locator('dialog.confirm-result-dialog button.confirm-result').click();
  await expect(form.locator('.recorded')).toBeVisible();
  await province.context().close();

  // 7. The dossier and the product show 4★, valid until 36 months later.
  await page.goto(`/ocop/dossiers/${DOSSIER_ID}`);
  const evaluation = page.locator('ocop-dossier-app .evaluation');
  await expect(evaluation.locator('.certificate .stars')).toContainText('4 sao');
  await expect(evaluation.locator('.certificate .valid-until')).toContainText(`Hiệu lực đến ${expiry}`);
  await expect(evaluation.locator('.certificate .certificate-status[data-status="valid"]')).toBeVisible();
  await page.goto('/ocop/dossiers/products');
  const product = page.locator('ocop-dossier-app table tbody tr', { hasText: 'Tinh dầu hồi Văn Quan' });
  await expect(product.locator('.current-stars .stars-badge[data-stars="4"]')).toBeVisible();

  expect(consoleErrors).toEqual([]);
});
