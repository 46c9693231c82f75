import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { Translator } from '@ocop/common';
import { ApiError, DossierScores, SessionAgendaItem } from '@ocop/domain';
import { SessionsApi } from '../../../api/sessions-api';

/**
 * "Mở lại để chấm lại": after the council has discussed a result whose spread is too wide, the secretary
 * sends the dossier's submitted sheets back to draft. The reason is required (it goes to the audit log), and
 * the dialog says what will happen before anything is sent. Esc and "Hủy" close it.
 */
@Component({
  selector: 'ocop-reopen-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reopen-dialog.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/dialog.css',
    '../../../../../ocop-common/src/styles/dialog-form.css',
  ],
  styles: `
    dialog {
      width: min(32rem, 90vw);
    }
  `,
})
export class ReopenDialog {
  readonly sessionId = input.required<string>();
  /** The sheets as they are once reopened. */
  readonly reopened = output<{ item: SessionAgendaItem; scores: DossierScores }>();

  private readonly api = inject(SessionsApi);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('dialog');

  protected readonly item = signal<SessionAgendaItem | null>(null);
  protected readonly reason = signal('');
  protected readonly tried = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly missing = computed(() => this.reason().trim() === '');
  protected readonly errorText = computed(() => {
    const error = this.error();
    return error ? this.i18n.apiError(error) : '';
  });

  open(item: SessionAgendaItem): void {
    this.item.set(item);
    this.reason.set('');
    this.tried.set(false);
    this.error.set(null);
    this.dialog()?.nativeElement.showModal();
  }

  protected setReason(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    const item = this.item();
    this.tried.set(true);
    if (!item || this.missing() || this.pending()) return;
    this.pending.set(true);
    this.error.set(null);
    this.api.reopen(this.sessionId(), item.dossierId, this.reason().trim()).subscribe({
      next: (scores) => {
        this.pending.set(false);
        this.dialog()?.nativeElement.close();
        this.reopened.emit({ item, scores });
      },
      error: (error: ApiError) => {
        this.pending.set(false);
        this.error.set(error);
      },
    });
  }

  protected cancel(): void {
    this.dialog()?.nativeElement.close();
  }
}
