import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  CurrentPath,
  ExportButton,
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
import { ResultsApi } from '../../api/results-api';
import { dayText } from '../../shared/day-text';
import { Remote } from '../../shared/remote';
import { profileOf, reportsBase } from '../../shared/reports-base';
import { CertificateStatusChip } from '../status-chip/certificate-status-chip';
import { RevokeDialog } from '../revoke-dialog/revoke-dialog';
import {
  CERTIFICATE_STATUSES,
  type CertificateListQuery,
  certificateListQueryToSearch,
  MAX_SEARCH_LENGTH,
  parseCertificateListQuery,
  sameCertificateListQuery,
  toCertificateQuery,
} from './certificate-list-query';

registerMessages(SCORING_MESSAGES);

/**
 * <basePath>/reports/certificates: OCOP certificates in the caller's scope (the API decides it), with their
 * status as the API computed it on Vietnam's business date, filtered by status and searched without
 * diacritics (by the API, with foldForSearch). The province officer revokes one from here. The status filter
 * and the search live in the URL's query string (`?status=expiring&q=…`), which the home's expiry reminder
 * links to.
 */
@Component({
  selector: 'ocop-certificate-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, CertificateStatusChip, ExportButton, RevokeDialog, StarsBadge, StatusPanel],
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
  private readonly location = inject(CurrentPath);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly revokeDialog = viewChild.required(RevokeDialog);

  protected readonly statuses = CERTIFICATE_STATUSES;
  protected readonly maxSearchLength = MAX_SEARCH_LENGTH;
  protected readonly list = new Remote<Certificate[]>(this.i18n);
  protected readonly status = signal<CertificateStatus | ''>('');
  protected readonly search = signal('');
  protected readonly done = signal('');
  /** The export lists what the list shows: its last query. */
  protected readonly exportParams = signal<Record<string, string>>({});
  protected readonly canRevoke = computed(
    () => profileOf(this.host)?.roles.includes('province-officer') === true,
  );

  /** What the list was last asked for, which the URL says. */
  private shown: CertificateListQuery | null = null;
  /**
   * Whether the URL still is this page's. Once it has moved to another page (with a query of its own) this one
   * is about to be removed and must neither rewrite that URL nor read it as its filters.
   */
  private readonly atPage = computed(
    () => this.location.value().replace(/\/+$/, '') === `${reportsBase(this.host)}/certificates`,
  );

  constructor() {
    this.show(parseCertificateListQuery(this.location.search()));
    // The list follows the URL when someone else changes it (the menu's link to the whole list).
    effect(() => {
      if (!this.atPage()) return;
      const fromUrl = parseCertificateListQuery(this.location.search());
      untracked(() => {
        if (this.shown === null || !sameCertificateListQuery(fromUrl, this.shown)) this.show(fromUrl);
      });
    });
  }

  protected load(): void {
    const query: CertificateListQuery = {
      status: this.status(),
      q: this.search().normalize('NFC').trim().slice(0, MAX_SEARCH_LENGTH),
    };
    this.shown = query;
    // history.replaceState: a filter change adds no history entry.
    if (untracked(this.atPage)) this.location.replaceSearch(certificateListQueryToSearch(query));
    this.exportParams.set({ ...toCertificateQuery(query) });
    this.list.load(this.api.certificates(toCertificateQuery(query)));
  }

  private show(query: CertificateListQuery): void {
    this.status.set(query.status);
    this.search.set(query.q);
    this.load();
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
