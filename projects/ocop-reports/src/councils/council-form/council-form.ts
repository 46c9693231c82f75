import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  EVALUATION_MESSAGES,
  followLink,
  FormDrafts,
  navigateTo,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { ApiError, Council, CouncilLevel, CouncilPosition, fieldErrorsOf } from '@ocop/domain';
import { Observable } from 'rxjs';
import { CouncilsApi } from '../../api/councils-api';
import { ReportsNav } from '../../nav/reports-nav';
import { loadWhenChanged } from '../../shared/load-when-changed';
import { Remote } from '../../shared/remote';
import { managedUnit, managesCouncil, reportsBase } from '../../shared/reports-base';
import {
  councilFormValue,
  councilInput,
  CouncilFormValue,
  councilProblems,
  emptyCouncilForm,
  MemberField,
  memberRow,
  errorPath,
  POSITIONS,
  restoredCouncilForm,
} from './council-form-model';

registerMessages(EVALUATION_MESSAGES);

type TextField = 'name' | 'decisionNumber' | 'decisionDate' | 'termFrom' | 'termTo';

/**
 * <basePath>/reports/councils/new and /councils/<id>/edit: a council's decision, term and members (position,
 * office, sign-in name for scoring on screen). The form says what is wrong next to each field, in the rules'
 * words; a change saved by someone else meanwhile (409) is not overwritten.
 */
@Component({
  selector: 'ocop-council-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, StatusPanel],
  providers: [CouncilsApi],
  templateUrl: './council-form.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    '../../../../ocop-common/src/styles/notice.css',
    './council-form.css',
  ],
})
export class CouncilForm {
  /** Null: a new council. */
  readonly councilId = input<string | null>(null);

  private readonly api = inject(CouncilsApi);
  private readonly host = inject(OcopHost);
  private readonly drafts = inject(FormDrafts);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly positions = POSITIONS;
  protected readonly dateFields = [
    { id: 'decisionDate', label: 'eval.councilForm.decisionDate' },
    { id: 'termFrom', label: 'eval.councilForm.termFrom' },
    { id: 'termTo', label: 'eval.councilForm.termTo' },
  ] as const;

  protected readonly council = new Remote<Council>(this.i18n);
  protected readonly value = signal<CouncilFormValue>(emptyCouncilForm());
  /** Problems show once the user tried to save, then follow every change. */
  protected readonly tried = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  /** A draft kept from an earlier visit, offered until restored or discarded. */
  protected readonly offeredDraft = signal<{ value: CouncilFormValue; savedAt: string } | null>(null);
  private readonly draftKey = computed(() => `reports:council:${this.councilId() ?? 'new'}`);

  protected readonly editing = computed(() => this.councilId() !== null);
  protected readonly unit = computed<{ level: CouncilLevel; unitCode: string } | null>(() => {
    const council = this.council.value();
    if (this.editing()) return council && managesCouncil(this.host, council) ? council : null;
    return managedUnit(this.host);
  });
  protected readonly problems = computed(() => councilProblems(this.value()));
  protected readonly problemCount = computed(() => Object.keys(this.problems()).length);
  protected readonly serverErrors = computed(() => {
    const error = this.saveError();
    const errors: Record<string, string> = {};
    for (const e of error ? fieldErrorsOf(error) : []) errors[errorPath(e)] ??= e.message;
    return errors;
  });
  /** Field errors the form has no place for: listed above the buttons. */
  protected readonly otherErrors = computed(() => {
    const known = (path: string): boolean =>
      [
        'name',
        'decisionNumber',
        'decisionDate',
        'termFrom',
        'termTo',
        'members',
        'level',
        'unitCode',
      ].includes(path) || /^members\.\d+\.(fullName|position|title|username)$/.test(path);
    return Object.entries(this.serverErrors())
      .filter(([path]) => !known(path))
      .map(([, message]) => message);
  });
  protected readonly conflict = computed(() => this.saveError()?.code === 'STALE_VERSION');
  protected readonly saveErrorText = computed(() => {
    const error = this.saveError();
    if (!error || error.code === 'STALE_VERSION') return '';
    return this.i18n.apiError(error);
  });

  constructor() {
    loadWhenChanged(this.councilId, (id) => this.start(id));
  }

  private start(id: string | null): void {
    this.tried.set(false);
    this.saveError.set(null);
    this.offeredDraft.set(null);
    if (id === null) {
      this.value.set(emptyCouncilForm());
      this.offerDraft();
      return;
    }
    this.reload();
  }

  protected reload(): void {
    const id = this.councilId();
    if (!id) return;
    this.saveError.set(null);
    this.council.load(this.api.council(id), {
      then: (council) => {
        this.value.set(councilFormValue(council));
        this.offerDraft();
      },
    });
  }

  private offerDraft(): void {
    const saved = this.drafts.load<unknown>(this.draftKey());
    const value = saved ? restoredCouncilForm(saved.value) : null;
    this.offeredDraft.set(value && saved ? { value, savedAt: this.i18n.dateTime(saved.savedAt) } : null);
  }

  protected restoreDraft(): void {
    const draft = this.offeredDraft();
    if (draft) this.value.set(draft.value);
    this.offeredDraft.set(null);
  }

  protected discardDraft(): void {
    this.drafts.clear(this.draftKey());
    this.offeredDraft.set(null);
  }

  /** The user's own input changes the form: kept as a draft until saved. */
  private change(change: (value: CouncilFormValue) => CouncilFormValue): void {
    this.value.update(change);
    this.drafts.save(this.draftKey(), this.value());
  }

  /** The message next to `path`: the server's (its own words) or the form's own check once tried. */
  protected errorFor(path: string): string {
    const server = this.serverErrors()[path];
    if (server) return server;
    const problem = this.tried() ? this.problems()[path] : undefined;
    return problem ? this.t(`eval.councilForm.${problem}`) : '';
  }

  protected update(field: TextField, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.change((v) => ({ ...v, [field]: text }));
  }

  protected updateMember(index: number, field: MemberField, event: Event): void {
    const text = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.change((v) => ({
      ...v,
      members: v.members.map((m, i) =>
        i === index ? { ...m, [field]: field === 'position' ? (text as CouncilPosition) : text } : m,
      ),
    }));
  }

  protected addMember(): void {
    this.change((v) => ({ ...v, members: [...v.members, memberRow()] }));
  }

  protected removeMember(index: number): void {
    this.change((v) => ({ ...v, members: v.members.filter((_, i) => i !== index) }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const unit = this.unit();
    if (!unit || this.saving()) return;
    this.tried.set(true);
    this.saveError.set(null);
    if (Object.keys(this.problems()).length > 0) return;
    const body = councilInput(this.value(), unit);
    const id = this.councilId();
    const version = this.council.value()?.version;
    const request: Observable<Council> =
      id && version !== undefined ? this.api.update(id, { ...body, version }) : this.api.create(body);
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.drafts.clear(this.draftKey());
        navigateTo(`${reportsBase(this.host)}/councils/${saved.id}`);
      },
      error: (error: ApiError) => {
        this.saving.set(false);
        this.saveError.set(error);
      },
    });
  }

  protected cancelUrl(): string {
    const id = this.councilId();
    return `${reportsBase(this.host)}/councils${id ? `/${id}` : ''}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
