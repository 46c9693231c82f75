// The set-up every form page spec of the module shares, against HttpTestingController. Free of jasmine (and
// so of @ocop/common/testing), so the app's type check can include it: the spec passes the test providers and
// calls setUp and tearDown from its beforeEach and afterEach.
import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * A form page under test with `providers` (provideTestElement signed in as the spec's user): a submit never
 * leaves the test page, drafts start empty and the address is restored after each spec (the form navigates
 * on save and on cancel).
 */
export class FormSpecPage<C> {
  fixture: ComponentFixture<C> | undefined;
  http!: HttpTestingController;
  private original = '';
  private readonly stopSubmit = (event: Event): void => event.preventDefault();

  constructor(private readonly providers: () => (Provider | EnvironmentProviders)[]) {}

  get el(): HTMLElement {
    return this.fixture!.nativeElement as HTMLElement;
  }

  setUp(): void {
    this.original = location.pathname + location.search + location.hash;
    document.addEventListener('submit', this.stopSubmit);
    localStorage.clear();
    TestBed.configureTestingModule({ providers: this.providers() });
    this.http = TestBed.inject(HttpTestingController);
  }

  tearDown(): void {
    this.http.verify();
    this.fixture?.destroy();
    this.fixture = undefined;
    document.removeEventListener('submit', this.stopSubmit);
    localStorage.clear();
    history.replaceState(history.state, '', this.original);
  }

  /** Creates the page with its route inputs and lets its first requests go out (unanswered). */
  async create(component: Type<C>, inputs: Record<string, unknown>): Promise<void> {
    this.fixture = TestBed.createComponent(component);
    for (const [name, value] of Object.entries(inputs)) this.fixture.componentRef.setInput(name, value);
    await this.settle();
  }

  /** Lets token promises, requests and rendering run. */
  readonly settle = async (): Promise<void> => {
    await this.fixture!.whenStable();
    await nextTask();
    await this.fixture!.whenStable();
  };

  readonly $ = <T extends Element = HTMLElement>(selector: string): T => this.el.querySelector<T>(selector)!;

  /** Types `value` into the control and fires `event` ('change' for selects and dates). */
  readonly type = async (selector: string, value: string, event = 'input'): Promise<void> => {
    const control = this.$<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    control.value = value;
    control.dispatchEvent(new Event(event));
    await this.settle();
  };

  readonly click = async (selector: string): Promise<void> => {
    this.$<HTMLElement>(selector).click();
    await this.settle();
  };
}
