// One evaluation page under test against HttpTestingController (free of jasmine, so the app's type check can
// include it). The spec passes the test providers (provideTestElement with its user).
import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Mounts a page with its route inputs; navigation (saving a form, following a link) changes the address, so
 * the address is put back, and every open dialog closed, when the spec ends.
 */
export class PageUnderTest<C> {
  fixture!: ComponentFixture<C>;
  http!: HttpTestingController;
  private address = '';

  static async open<C>(
    component: Type<C>,
    providers: (Provider | EnvironmentProviders)[],
    inputs: Record<string, unknown> = {},
  ): Promise<PageUnderTest<C>> {
    const page = new PageUnderTest<C>();
    page.address = location.pathname + location.search + location.hash;
    // A spec may open the page a second time (coming back to a form).
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers });
    page.http = TestBed.inject(HttpTestingController);
    page.fixture = TestBed.createComponent(component);
    for (const [name, value] of Object.entries(inputs)) page.fixture.componentRef.setInput(name, value);
    await page.settle();
    return page;
  }

  get el(): HTMLElement {
    return this.fixture.nativeElement as HTMLElement;
  }

  close(): void {
    this.el.querySelectorAll('dialog[open]').forEach((d) => (d as HTMLDialogElement).close());
    this.http.verify();
    this.fixture.destroy();
    history.replaceState(history.state, '', this.address);
  }

  /** Lets the token promise, the requests and the rendering run. */
  async settle(): Promise<void> {
    await this.fixture.whenStable();
    await tick();
    await this.fixture.whenStable();
  }

  /** Answers the one request to `url` (and `method`) with `body`, or with an API error and its status. */
  async answer(
    url: string,
    body: Parameters<TestRequest['flush']>[0],
    options: { method?: string; status?: number } = {},
  ): Promise<TestRequest> {
    const req = this.http.expectOne((r) => r.urlWithParams === url && r.method === (options.method ?? 'GET'));
    const status = options.status ?? 200;
    req.flush(body, { status, statusText: status < 400 ? 'OK' : 'Error' });
    await this.settle();
    return req;
  }

  $<T extends Element = HTMLElement>(selector: string): T {
    const found = this.el.querySelector<T>(selector);
    if (!found) throw new Error(`No element matches ${selector}`);
    return found;
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return Array.from(this.el.querySelectorAll<T>(selector));
  }

  text(selector: string): string {
    return this.$(selector).textContent!.replace(/\s+/g, ' ').trim();
  }

  async type(selector: string, value: string): Promise<void> {
    const control = this.$<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    await this.settle();
  }

  async click(selector: string): Promise<void> {
    this.$(selector).click();
    await this.settle();
  }
}
