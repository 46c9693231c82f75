import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  EVALUATION_MESSAGES,
  followLink,
  navigateTo,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { ApiError, Council, CouncilMember, DossierSummary, fieldErrorsOf, Page } from '@ocop/domain';
import { CouncilsApi } from '../../api/councils-api';
import { SessionsApi } from '../../api/sessions-api';
import { ReportsNav } from '../../nav/reports-nav';
import { parseDayText } from '../../shared/day-text';
import { loadWhenChanged } from '../../shared/load-when-changed';
import { Remote } from '../../shared/remote';
import { reportsBase } from '../../shared/reports-base';

registerMessages(EVALUATION_MESSAGES);

type SessionField = 'title' | 'date' | 'place';
type Problem = 'required' | 'badDate' | 'pickDossier' | 'pickAttendee';

/**
 * <basePath>/reports/sessions/new?councilId=<id>: a session of the council — title, day, place, the dossiers
 * on its agenda (accepted for a district council, forwarded for the province's) and the members present, who
 * score. Members without a sign-in name score on paper and cannot be picked. The API's refusals (a dossier
 * whose sub-group has no criteria sheet, one already on another session) are shown in its own words.
 */
@Component({
  selector: 'ocop-session-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, StatusPanel],
  providers: [CouncilsApi, SessionsApi],
  templateUrl: './session-form.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    './session-form.css',
  ],
})
export class SessionForm {
  readonly councilId = input<string | null>(null);

  private readonly councilsApi = inject(CouncilsApi);
  private readonly sessionsApi = inject(SessionsApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly council = new Remote<Council>(this.i18n);
  protected readonly dossiers = new Remote<Page<DossierSummary>>(this.i18n);
  protected readonly value = signal({
    title: this.t('eval.sessionForm.defaultTitle'),
    date: '',
    place: '',
    dossierIds: [] as string[],
    attendeeIds: [] as string[],
  });
  protected readonly tried = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);

  /** The dossiers of the council's unit (a province officer sees every district's). */
  protected readonly candidates = computed(() => {
    const council = this.council.value();
    const items = this.dossiers.value()?.items ?? [];
    return council?.level === 'district' ? items.filter((d) => d.districtCode === council.unitCode) : items;
  });
  protected readonly problems = computed(() => {
    const v = this.value();
    const problems: Partial<Record<string, Problem>> = {};
    if (!v.title.trim()) problems['title'] = 'required';
    if (!v.place.trim()) problems['place'] = 'required';
    if (!v.date.trim()) problems['date'] = 'required';
    else if (!parseDayText(v.date)) problems['date'] = 'badDate';
    if (v.dossierIds.length === 0) problems['dossierIds'] = 'pickDossier';
    if (v.attendeeIds.length === 0) problems['attendeeIds'] = 'pickAttendee';
    return problems;
  });
  /** Field errors (VALIDATION_FAILED) go next to their fields; any other refusal is said above the buttons. */
  private readonly fieldErrors = computed(() => {
    const error = this.saveError();
    return error?.code === 'VALIDATION_FAILED' ? fieldErrorsOf(error) : [];
  });
  protected readonly serverErrors = computed(() => {
    const errors: Record<string, string> = {};
    for (const e of this.fieldErrors()) errors[e.field.replace(/[.[].*$/, '')] ??= e.message;
    return errors;
  });
  protected readonly saveErrorText = computed(() => {
    const error = this.saveError();
    return error && this.fieldErrors().length === 0 ? this.i18n.apiError(error) : '';
  });

  constructor() {
    loadWhenChanged(this.councilId, (id) => {
      if (!id) return;
      this.council.load(this.councilsApi.council(id), {
        then: (council) => {
          this.dossiers.load(
            this.sessionsApi.dossiersReady(council.level === 'district' ? 'accepted' : 'forwarded'),
          );
          this.value.update((v) => ({
            ...v,
            attendeeIds: council.members.filter((m) => m.username).map((m) => m.id),
          }));
        },
      });
    });
  }

  protected errorFor(field: string): string {
    const server = this.serverErrors()[field];
    if (server) return server;
    const problem = this.tried() ? this.problems()[field] : undefined;
    if (!problem) return '';
    return problem === 'pickDossier' || problem === 'pickAttendee'
      ? this.t(`eval.sessionForm.${problem}`)
      : this.t(`eval.councilForm.${problem}`);
  }

  protected update(field: SessionField, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.value.update((v) => ({ ...v, [field]: text }));
  }

  protected toggle(list: 'dossierIds' | 'attendeeIds', id: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.value.update((v) => ({
      ...v,
      [list]: checked ? [...v[list].filter((x) => x !== id), id] : v[list].filter((x) => x !== id),
    }));
  }

  protected picked(list: 'dossierIds' | 'attendeeIds', id: string): boolean {
    return this.value()[list].includes(id);
  }

  protected positionName(member: CouncilMember): string {
    return this.t(`eval.position.${member.position}`);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const councilId = this.councilId();
    if (!councilId || this.saving()) return;
    this.tried.set(true);
    this.saveError.set(null);
    if (Object.keys(this.problems()).length > 0) return;
    const v = this.value();
    // Agenda order follows the list on screen, whatever order the boxes were ticked in.
    const order = this.candidates().map((d) => d.id);
    this.saving.set(true);
    this.sessionsApi
      .create({
        councilId,
        title: v.title.trim(),
        date: parseDayText(v.date)!,
        place: v.place.trim(),
        dossierIds: order.filter((id) => v.dossierIds.includes(id)),
        attendeeIds: this.council
          .value()!
          .members.map((m) => m.id)
          .filter((id) => v.attendeeIds.includes(id)),
      })
      .subscribe({
        next: (session) => {
          this.saving.set(false);
          navigateTo(`${reportsBase(this.host)}/sessions/${session.id}`);
        },
        error: (error: ApiError) => {
          this.saving.set(false);
          this.saveError.set(error);
        },
      });
  }

  protected councilUrl(): string {
    return `${reportsBase(this.host)}/councils/${this.councilId() ?? ''}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
