import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { nfcValueOf, Translator } from '@ocop/common';
import {
  type ApiError,
  type Certificate,
  type CertificateRevocation,
  parseCertificateRevocation,
  vietnamDate,
} from '@ocop/domain';
import { ResultsApi } from '../../api/results-api';
import { dayText, parseDayText } from '../../shared/day-text';

/**
 * Revokes a certificate (province officer): the reason and the day it takes effect, then a confirmation in
 * the same native modal dialog (Esc and Cancel close it). The API records it; the list shows the answer.
 */
@Component({
  selector: 'ocop-revoke-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './revoke-dialog.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/dialog.css',
    '../../../../ocop-common/src/styles/dialog-form.css',
  ],
})
export class RevokeDialog {
  readonly revoked = output<Certificate>();

  private readonly api = inject(ResultsApi);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  protected readonly certificate = signal<Certificate | null>(null);
  protected readonly reason = signal('');
  protected readonly revokedOn = signal('');
  protected readonly tried = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  /** The domain's verdict (the API applies the same), the date turned from dd/MM/yyyy first. */
  protected readonly checked = computed(() =>
    parseCertificateRevocation({
      reason: this.reason(),
      revokedOn: parseDayText(this.revokedOn()) ?? (this.revokedOn().trim() || null),
    }),
  );

  protected errorFor(field: keyof CertificateRevocation): string {
    const checked = this.checked();
    if (!this.tried() || checked.ok) return '';
    return checked.errors.find((e) => e.field === field)?.message ?? '';
  }

  open(certificate: Certificate): void {
    this.certificate.set(certificate);
    this.reason.set('');
    this.revokedOn.set(dayText(vietnamDate(new Date())));
    this.tried.set(false);
    this.error.set(null);
    this.dialog().nativeElement.showModal();
  }

  protected setReason(event: Event): void {
    const value = nfcValueOf(event);
    if (value !== null) this.reason.set(value);
  }

  protected setDate(event: Event): void {
    const value = nfcValueOf(event);
    if (value !== null) this.revokedOn.set(value);
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    const certificate = this.certificate();
    const checked = this.checked();
    if (!certificate || !checked.ok || this.pending()) return;
    this.pending.set(true);
    this.error.set(null);
    this.api.revokeCertificate(certificate.id, checked.value).subscribe({
      next: (updated) => {
        this.pending.set(false);
        this.close();
        this.revoked.emit(updated);
      },
      error: (error: ApiError) => {
        this.pending.set(false);
        this.error.set(error);
      },
    });
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }
}
