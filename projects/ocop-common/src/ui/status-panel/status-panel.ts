import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

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
  readonly retryLabel = input<string>('Thử lại');
  readonly retry = output();
}
