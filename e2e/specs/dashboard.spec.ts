import { callApi } from '../fixtures/api';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

interface TaskUnitFigure {
  key: string;
  label: string;
  total: number;
  done: number;
  overdue: number;
}

test('the district officer opens the dashboard, filters Q1/2020 and reads a chart as a table with the API’s numbers', async ({
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

  expect(consoleErrors).toEqual([]);
});
