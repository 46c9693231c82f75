import { submitLoginForm } from '../fixtures/keycloak';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

test('a second portal written only from docs/integration.md runs all three modules at /portal/ocop', async ({
  page,
  consoleErrors,
}) => {
  const portal = new Portal(page);
  await page.goto('/portal/ocop/dossiers');
  // Its own Keycloak client signs the user in.
  await expect(page).toHaveURL(/client_id=minimal-portal/);
  await submitLoginForm(page, 'vq.nongnghiep');
  await expect(page.locator('#minimal-banner')).toBeVisible();

  await expect(portal.seedRows()).toHaveCount(2);
  await portal.ocopModule('Nhiệm vụ');
  await expect(page).toHaveURL(/\/portal\/ocop\/tasks$/);
  await expect(page.locator('ocop-tasks-app h2')).toBeVisible();
  await portal.ocopModule('Báo cáo');
  await expect(page).toHaveURL(/\/portal\/ocop\/reports$/);
  await expect(page.locator('ocop-reports-app h2')).toBeVisible();
  await expect(portal.moduleElements).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('the portal serves a strict Content Security Policy and OCOP works under it', async ({
  page,
  consoleErrors,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  const portal = new Portal(page);
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/ocop/dossiers');
  await portal.signIn('/ocop/dossiers');
  const policy = (await answer).headers()['content-security-policy'] ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';

  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain('unsafe-eval');
  expect(scriptSrc).not.toContain('unsafe-inline');
  await expect(portal.seedRows()).toHaveCount(2);
  await portal.ocopModule('Nhiệm vụ');
  await expect(page.locator('ocop-tasks-app h2')).toBeVisible();
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
