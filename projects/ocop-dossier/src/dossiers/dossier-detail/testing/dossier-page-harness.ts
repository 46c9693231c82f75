// Opens the dossier page against HttpTestingController for the specs of the page and of its parts. Free of
// jasmine (like @ocop/common/testing's barrel is not), so the app's type check can include it.
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { OcopAuth } from '@ocop/common';
import { DossierDetail, DossierTimelineEntry, Me } from '@ocop/domain';
import { DossierApi } from '../dossier-api';
import { DossierDetailPage } from '../dossier-detail';
import { DossierDetailStore } from '../dossier-detail.store';
import { DOSSIER_ID } from './dossier-fixtures';

/** A portal session signed in as `username` (drafts are kept per user) with the token 'spec-token'. */
export function specAuth(username: string): OcopAuth {
  return Object.assign(new EventTarget(), {
    getToken: () => Promise.resolve('spec-token'),
    profile: () => ({ username, name: 'Người kiểm thử', roles: [] }),
    logout: () => undefined,
  });
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

export class DossierPageHarness {
  readonly el: HTMLElement;

  private constructor(
    readonly fixture: ComponentFixture<DossierDetailPage>,
    readonly http: HttpTestingController,
  ) {
    this.el = fixture.nativeElement as HTMLElement;
  }

  /** Creates the page and leaves its first requests (/me and the dossier) unanswered. */
  static async create(dossierId = DOSSIER_ID): Promise<DossierPageHarness> {
    const fixture = TestBed.createComponent(DossierDetailPage);
    fixture.componentRef.setInput('dossierId', dossierId);
    const harness = new DossierPageHarness(fixture, TestBed.inject(HttpTestingController));
    await harness.settle();
    return harness;
  }

  /** Creates the page, answers /me, the dossier and its timeline. */
  static async open(
    me: Me,
    dossier: DossierDetail,
    timeline: DossierTimelineEntry[] = [],
  ): Promise<DossierPageHarness> {
    const harness = await DossierPageHarness.create(dossier.id);
    harness.expect('GET', '/api/me').flush(me);
    harness.expect('GET', `/api/dossiers/${dossier.id}`).flush(dossier);
    await harness.settle();
    harness.expect('GET', `/api/dossiers/${dossier.id}/timeline`).flush(timeline);
    await harness.settle();
    return harness;
  }

  get api(): DossierApi {
    return this.fixture.debugElement.injector.get(DossierApi);
  }

  get store(): DossierDetailStore {
    return this.fixture.debugElement.injector.get(DossierDetailStore);
  }

  /** Lets token promises, requests and rendering run. */
  async settle(): Promise<void> {
    await this.fixture.whenStable();
    await nextTask();
    await this.fixture.whenStable();
  }

  expect(method: string, url: string): TestRequest {
    return this.http.expectOne((r) => r.method === method && r.url === url, `${method} ${url}`);
  }

  /** Answers the timeline reload that follows every saved change. */
  async flushTimeline(timeline: DossierTimelineEntry[] = []): Promise<void> {
    await this.settle();
    this.expect('GET', `/api/dossiers/${DOSSIER_ID}/timeline`).flush(timeline);
    await this.settle();
  }

  query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.el.querySelector<T>(selector);
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return Array.from(this.el.querySelectorAll<T>(selector));
  }

  /** The button whose trimmed text is `text`, inside `within` (default: the page). */
  button(text: string, within: ParentNode = this.el): HTMLButtonElement | undefined {
    return Array.from(within.querySelectorAll('button')).find((b) => b.textContent!.trim() === text);
  }

  text(selector: string): string {
    return this.query(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  async type(control: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input'): Promise<void> {
    control.value = value;
    control.dispatchEvent(new Event(event));
    await this.settle();
  }

  destroy(): void {
    this.fixture.destroy();
  }
}
