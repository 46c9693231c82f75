import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { StatusPanel, Translator } from '@ocop/common';
import { PageStatus } from './page-load';

/**
 * A page's status while its records load: "loading", "not found" or "could not load" with the error and a
 * retry; nothing once loaded (the page shows its content then). Laid out as if its panel were the page's own.
 */
@Component({
  selector: 'ocop-page-load-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  host: { style: 'display: contents' },
  template: `
    @switch (status()) {
      @case ('loading') {
        <ocop-status-panel kind="loading" [message]="t('common.loading')" />
      }
      @case ('not-found') {
        <ocop-status-panel kind="empty" [message]="notFound()" />
      }
      @case ('error') {
        <ocop-status-panel
          kind="error"
          [message]="loadFailed()"
          [detail]="errorText()"
          (retry)="retry.emit()"
        />
      }
    }
  `,
})
export class PageLoadStatus {
  readonly status = input.required<PageStatus>();
  /** What the page says when its record is missing or outside the user's scope (both answer 404). */
  readonly notFound = input('');
  readonly loadFailed = input.required<string>();
  readonly errorText = input('');
  readonly retry = output();

  protected readonly t = inject(Translator).t;
}
