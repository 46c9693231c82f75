import { expect, Locator, Page } from '@playwright/test';
import { signIn } from '../fixtures/keycloak';

/** The stand-in province portal with OCOP inside it, as a user sees it. */
export class Portal {
  readonly header: Locator;
  readonly menu: Locator;
  /** OCOP's own navigation inside <ocop-shell> (Playwright's CSS locators pierce open shadow roots). */
  readonly ocopNav: Locator;
  readonly moduleElements: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('#portal-header');
    this.menu = page.locator('#portal-menu');
    this.ocopNav = page.locator('ocop-shell nav');
    this.moduleElements = page.locator('ocop-dossier-app, ocop-tasks-app, ocop-reports-app');
  }

  /** Signs in through Keycloak's login page (as the district officer of Văn Quan unless told otherwise). */
  async signIn(path = '/', username = 'vq.nongnghiep'): Promise<void> {
    await signIn(this.page, username, path);
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.header).toBeVisible();
  }

  async portalMenu(label: string): Promise<void> {
    await this.menu.getByRole('link', { name: label, exact: true }).click();
  }

  async ocopModule(label: 'Hồ sơ' | 'Nhiệm vụ' | 'Báo cáo'): Promise<void> {
    await this.ocopNav.getByRole('link', { name: label, exact: true }).click();
  }

  productRows(): Locator {
    return this.page.locator('ocop-dossier-app table tbody tr');
  }
}
