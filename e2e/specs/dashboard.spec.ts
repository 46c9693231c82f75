import { callApi } from '../fixtures/api';
import { expect, test } from '../fixtures/console-errors';
import { downloadedBytes, pdfPages, xlsxSheets } from '../fixtures/exported-files';
import { Portal } from '../pages/portal';

interface TaskUnitFigure {
  key: string;
  label: string;
  total: number;
  done: number;
  overdue: number;
}

test('the district officer opens the dashboard, filters Q1/2020, reads a chart as a table with the API’s numbers and exports the quarterly report to PDF and XLSX', async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await portal.signIn('/ocop/reports/dashboard?year=2020', 'vq.nongnghiep');
  const app = page.locator('ocop-reports-app');
  await expect(app.locator('.scope')).toContainText('Văn Quan');

  await app.locator('select[name=quarter]').selectOption('1');
  await expect(page).toHaveURL(/quarter=1/);
  const answer = await callApi('vq.nongnghiep', '/dashboard?year=2020&quarter=1');
  expect(answer.status).toBe(200);
  const units = answer.body['tasksByUnit'] as TaskUnitFigure[];
  expect(units.length).toBeGreaterThan(0);

  const figure = app.locator('section.figure[data-figure="tasksByUnit"]');
  await expect(figure.locator('svg[role=img]')).toBeVisible();
  await figure.locator('button.show-table').click();
  const rows = figure.locator('table.figure-table tbody tr');
  await expect(rows).toHaveCount(units.length);
  const first = units[0]!;
  const row = figure.locator(`table.figure-table tbody tr[data-key="${first.key}"]`);
  await expect(row.locator('th')).toHaveText(first.label);
  await expect(row.locator('td')).toHaveText([
    String(first.total),
    String(first.done),
    String(first.overdue),
  ]);

  // The quarterly report of the same period, with a difficulty typed in, exported as the official PDF and as XLSX.
  await app.locator('nav.reports-nav a.periodic').click();
  const report = app.locator('section.periodic-report');
  await report.locator('select[name=year]').selectOption('2020');
  await report.locator('select[name=quarter]').selectOption('1');
  await expect(page).toHaveURL(/periodic\?.*quarter=1/);
  const draft = await callApi('vq.nongnghiep', '/reports/periodic?year=2020&quarter=1');
  expect(draft.status).toBe(200);
  const tasksTable = report.locator('table.report-table[data-table=tasks] tbody tr');
  await expect(tasksTable.first()).toBeVisible();
  const difficulty = 'Một số chủ thể chưa có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.';
  await report.locator('textarea[name=difficulties]').fill(difficulty);
  // For a person to look at (the CI run keeps test-results/).
  await page.screenshot({ path: 'test-results/artifacts/periodic-report-screen.png', fullPage: true });

  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    report.locator('ocop-export-button.export-pdf button.export').click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
  const pages = await pdfPages(await downloadedBytes(pdfDownload));
  expect(pages[0]!.size).toEqual([0, 0, 595.28, 841.89]);
  const pdfText = pages.map((p) => p.text).join(' ');
  for (const expected of [
    'UBND HUYỆN VĂN QUAN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'quý I năm 2020',
    'Nơi nhận',
  ]) {
    expect(pdfText).toContain(expected);
  }
  expect(pdfText).toContain('Một số chủ thể chưa có giấy chứng nhận');

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    report.locator('ocop-export-button.export-xlsx button.export').click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheets = await xlsxSheets(await downloadedBytes(xlsxDownload));
  const header = sheets[0]!.data.slice(0, 6).map((row) => row[0]);
  expect(header[0]).toBe('UBND HUYỆN VĂN QUAN');
  expect(header[2]).toBe('Kỳ báo cáo: Quý I năm 2020');
  const taskSheet = sheets.find((s) => s.data.some((row) => row.includes('Đơn vị chủ trì')))!;
  const figures = draft.body['figures'] as { tasksByUnit: TaskUnitFigure[] };
  const firstUnit = figures.tasksByUnit[0]!;
  const unitRow = taskSheet.data.find((row) => row[1] === firstUnit.label)!;
  expect(unitRow.slice(2, 5)).toEqual([firstUnit.total, firstUnit.done, firstUnit.overdue]);
  const texts = sheets.find((s) => s.sheet === 'Nội dung')!;
  expect(texts.data.flat()).toContain(difficulty);

  expect(consoleErrors).toEqual([]);
});
