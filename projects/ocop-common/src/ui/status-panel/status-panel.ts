import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { Translator } from '../../i18n/translator';

export type StatusKind = 'loading' | 'empty' | 'error';

/** The one way to show "loading", "nothing here" and "failed, try again", so every page reads alike. */
@Component({
  selector: 'ocop-status-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-panel.html',
  styleUrl: './status-panel.css',
})
export class StatusPanel {
  readonly kind = input.required<StatusKind>();
  readonly message = input.required<string>();
  readonly detail = input<string>();
  /** The retry button's text; "Thử lại" / "Retry" in the element's language unless given. */
  readonly retryLabel = input<string>();
  readonly retry = output();
  protected readonly t = inject(Translator).t;
}
