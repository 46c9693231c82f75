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
    // The shell's own navigation, not the navigation a module page may have inside it.
    this.ocopNav = page.locator('ocop-shell nav.nav').first();
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

  /**
   * Rows of the two seed products (Hữu Lễ's liquor, Văn Quan's star anise oil) in the module's list page —
   * the dossier list or the product list. Other specs add products and dossiers of their own; counting only
   * the seed ones keeps each spec independent of which ran before it.
   */
  seedRows(): Locator {
    return this.page
      .locator('ocop-dossier-app table tbody tr')
      .filter({ hasText: /Rượu men lá Hữu Lễ|Tinh dầu hồi Văn Quan/ });
  }
}
