import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import {
  followLink,
  nfcValueOf,
  OcopHost,
  registerMessages,
  SCORING_MESSAGES,
  StarsBadge,
  StatusPanel,
  Translator,
} from '@ocop/common';
import type { Certificate, CertificateStatus } from '@ocop/domain';
import { ReportsNav } from '../../nav/reports-nav';
import { type CertificateQuery, ResultsApi } from '../../api/results-api';
import { dayText } from '../../shared/day-text';
import { Remote } from '../../shared/remote';
import { profileOf, reportsBase } from '../../shared/reports-base';
import { CertificateStatusChip } from '../status-chip/certificate-status-chip';
import { RevokeDialog } from '../revoke-dialog/revoke-dialog';

registerMessages(SCORING_MESSAGES);

export const CERTIFICATE_STATUSES: readonly CertificateStatus[] = ['valid', 'expiring', 'expired', 'revoked'];

/**
 * <basePath>/reports/certificates: OCOP certificates in the caller's scope (the API decides it), with their
 * status as the API computed it on Vietnam's business date, filtered by status and searched without
 * diacritics (by the API, with foldForSearch). The province officer revokes one from here.
 */
@Component({
  selector: 'ocop-certificate-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, CertificateStatusChip, RevokeDialog, StarsBadge, StatusPanel],
  providers: [ResultsApi],
  templateUrl: './certificate-list.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './certificate-list.css',
  ],
})
export class CertificateListPage {
  private readonly api = inject(ResultsApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly revokeDialog = viewChild.required(RevokeDialog);

  protected readonly statuses = CERTIFICATE_STATUSES;
  protected readonly list = new Remote<Certificate[]>(this.i18n);
  protected readonly status = signal<CertificateStatus | ''>('');
  protected readonly search = signal('');
  protected readonly done = signal('');
  protected readonly canRevoke = computed(
    () => profileOf(this.host)?.roles.includes('province-officer') === true,
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    const query: CertificateQuery = {};
    const status = this.status();
    if (status) query.status = status;
    if (this.search().trim()) query.q = this.search().trim();
    this.list.load(this.api.certificates(query));
  }

  protected setStatus(event: Event): void {
    this.status.set((event.target as HTMLSelectElement).value as CertificateStatus | '');
    this.load();
  }

  protected setSearch(event: Event): void {
    const value = nfcValueOf(event);
    if (value !== null) this.search.set(value);
  }

  protected submitSearch(event: Event): void {
    event.preventDefault();
    this.load();
  }

  protected historyUrl(certificate: Certificate): string {
    return `${reportsBase(this.host)}/products/${certificate.product.id}/evaluations`;
  }

  protected askRevoke(certificate: Certificate): void {
    this.done.set('');
    this.revokeDialog().open(certificate);
  }

  protected revoked(updated: Certificate): void {
    this.list.value.update((rows) => rows?.map((row) => (row.id === updated.id ? updated : row)) ?? null);
    this.done.set(this.t('certificates.revoke.done', { number: updated.number }));
  }

  protected statusName(status: CertificateStatus): string {
    return this.t(`certificates.status.${status}`);
  }

  protected dateText(iso: string): string {
    return dayText(iso);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
