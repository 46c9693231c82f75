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
import { ApiError, CouncilSession } from '@ocop/domain';
import { SessionsApi } from '../../../api/sessions-api';

/** SESSION_INCOMPLETE's details: who has not submitted which dossier. */
interface MissingSheets {
  dossierId: string;
  missingMemberIds: string[];
}

function missingSheetsOf(error: ApiError | null): MissingSheets[] {
  if (error?.code !== 'SESSION_INCOMPLETE' || !Array.isArray(error.details)) return [];
  return (error.details as unknown[]).filter(
    (d): d is MissingSheets =>
      typeof d === 'object' && d !== null && Array.isArray((d as MissingSheets).missingMemberIds),
  );
}

/**
 * "Kết thúc phiên họp": locks every score of the session and fixes each dossier's result (forwarded to the
 * province or not). Says so before anything is sent; asks for the council's note when a result is still more
 * than 10 points apart; names the members whose sheets are missing when the API refuses.
 */
@Component({
  selector: 'ocop-close-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './close-dialog.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/dialog.css',
    '../../../../../ocop-common/src/styles/dialog-form.css',
  ],
  styles: `
    dialog {
      width: min(34rem, 90vw);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
  `,
})
export class CloseDialog {
  readonly session = input.required<CouncilSession>();
  readonly closed = output<CouncilSession>();
  /** The session changed meanwhile (409 STALE_VERSION): the page reloads it. */
  readonly stale = output();

  private readonly api = inject(SessionsApi);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('dialog');

  protected readonly note = signal('');
  protected readonly tried = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly flagged = computed(() => this.session().agenda.some((i) => i.result?.spreadFlagged));
  protected readonly noteMissing = computed(
    () => (this.flagged() || this.error()?.code === 'SPREAD_NOTE_REQUIRED') && this.note().trim() === '',
  );
  protected readonly missing = computed(() => {
    const session = this.session();
    const name = (id: string): string => session.attendees.find((m) => m.id === id)?.fullName ?? id;
    return missingSheetsOf(this.error()).map((m) =>
      this.t('eval.session.close.missing', {
        product: session.agenda.find((i) => i.dossierId === m.dossierId)?.product.name ?? m.dossierId,
        names: m.missingMemberIds.map(name).join(', '),
      }),
    );
  });
  protected readonly errorText = computed(() => {
    const error = this.error();
    if (!error || error.code === 'SPREAD_NOTE_REQUIRED') return '';
    if (error.code === 'SESSION_INCOMPLETE') return this.t('eval.session.close.incomplete');
    return this.i18n.apiError(error);
  });

  open(): void {
    this.tried.set(false);
    this.error.set(null);
    this.dialog()?.nativeElement.showModal();
  }

  protected setNote(event: Event): void {
    this.note.set((event.target as HTMLTextAreaElement).value);
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    if (this.noteMissing() || this.pending()) return;
    const note = this.note().trim();
    this.pending.set(true);
    this.error.set(null);
    this.api
      .close(this.session().id, { version: this.session().version, ...(note ? { spreadNote: note } : {}) })
      .subscribe({
        next: (session) => {
          this.pending.set(false);
          this.dialog()?.nativeElement.close();
          this.closed.emit(session);
        },
        error: (error: ApiError) => {
          this.pending.set(false);
          this.error.set(error);
          if (error.code === 'STALE_VERSION') this.stale.emit();
        },
      });
  }

  protected cancel(): void {
    this.dialog()?.nativeElement.close();
  }
}
