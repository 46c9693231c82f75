import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import {
  followLink,
  OcopHost,
  registerMessages,
  SCORING_MESSAGES,
  StatusPanel,
  Translator,
} from '@ocop/common';
import type { CouncilSession, Criterion, DossierScores, MyScoreSheet } from '@ocop/domain';
import { forkJoin, tap } from 'rxjs';
import { ReportsNav } from '../../nav/reports-nav';
import { ScoringApi } from '../../api/scoring-api';
import { dayText } from '../../shared/day-text';
import { Remote } from '../../shared/remote';
import { reportsBase } from '../../shared/reports-base';
import { ScoreText } from '../../shared/score-text';
import { CriterionField, CriterionState } from '../criterion-field/criterion-field';
import { MemberScores } from '../member-scores/member-scores';
import { ScoreSheetStore } from './score-sheet.store';

registerMessages(SCORING_MESSAGES);

/**
 * <basePath>/reports/sessions/<sessionId>/dossiers/<dossierId>/score: a council member scores one dossier
 * on its sheet. Running totals come from `scoreSheet` (@ocop/domain); the sheet autosaves and is submitted
 * once complete; then the member sees the other members' totals. A closed session shows it read-only.
 */
@Component({
  selector: 'ocop-score-sheet-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, CriterionField, MemberScores, StatusPanel],
  providers: [ScoringApi, ScoreSheetStore, ScoreText],
  host: {
    '(window:pagehide)': 'saveNow()',
    '(document:visibilitychange)': 'saveNow()',
  },
  templateUrl: './score-sheet-page.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/notice.css',
    '../../../../ocop-common/src/styles/dialog.css',
    './score-sheet-page.css',
  ],
})
export class ScoreSheetPage {
  readonly sessionId = input.required<string>();
  readonly dossierId = input.required<string>();

  private readonly api = inject(ScoringApi);
  private readonly host = inject(OcopHost);
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly store = inject(ScoreSheetStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly text = inject(ScoreText);

  protected readonly page = new Remote<{ session: CouncilSession; sheet: MyScoreSheet }>(this.i18n);
  protected readonly others = new Remote<DossierScores>(this.i18n);
  private readonly confirmDialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  protected readonly sessionUrl = computed(() => `${reportsBase(this.host)}/sessions/${this.sessionId()}`);
  protected readonly session = computed(() => this.page.value()?.session ?? null);
  protected readonly item = computed(
    () => this.session()?.agenda.find((a) => a.dossierId === this.dossierId()) ?? null,
  );
  protected readonly sheet = computed(() => this.store.record()?.sheet ?? null);
  protected readonly locked = computed(
    () => this.store.record()?.locked === true || this.session()?.status === 'closed',
  );
  protected readonly submitted = computed(() => this.store.record()?.status === 'submitted');
  protected readonly unanswered = computed(() => new Set(this.store.score()?.unanswered ?? []));
  protected readonly skipped = computed(() => new Set(this.store.score()?.skipped ?? []));
  protected readonly saveText = computed(() => {
    switch (this.store.saveStatus()) {
      case 'pending':
        return this.t('scoring.save.pending');
      case 'saving':
        return this.t('scoring.save.saving');
      case 'saved':
        return this.t('scoring.save.saved', { time: timeOf(this.store.savedAt()) });
      case 'failed': {
        const error = this.store.saveError();
        return this.t('scoring.save.failed', { reason: error ? this.i18n.apiError(error) : '' });
      }
      default:
        return this.t('scoring.save.idle');
    }
  });

  constructor() {
    effect(() => {
      const [sessionId, dossierId] = [this.sessionId(), this.dossierId()];
      untracked(() => this.load(sessionId, dossierId));
    });
    // Once my sheet is in (or the session closed), the other members' scores may be read.
    effect(() => {
      const record = this.store.record();
      if (record && (record.status === 'submitted' || record.locked)) {
        untracked(() => this.others.load(this.api.dossierScores(record.sessionId, record.dossierId)));
      }
    });
    inject(DestroyRef).onDestroy(() => {
      void this.store.flush();
      this.store.stop();
      this.page.stop();
      this.others.stop();
    });
  }

  protected load(sessionId = this.sessionId(), dossierId = this.dossierId()): void {
    // Answers still due for the sheet shown so far go out before another one replaces it.
    void this.store.flush();
    this.page.load(
      forkJoin({
        session: this.api.session(sessionId),
        sheet: this.api.mySheet(sessionId, dossierId),
      }).pipe(tap(({ sheet }) => this.store.open(sessionId, dossierId, sheet))),
    );
  }

  protected saveNow(): void {
    void this.store.flush();
  }

  /** Saves when the focus leaves the sheet; moving between options (arrow keys) waits for the debounce. */
  protected leftField(event: FocusEvent): void {
    const sheet = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node) || !sheet.contains(event.relatedTarget)) this.saveNow();
  }

  protected state(criterion: Criterion): CriterionState {
    if (this.skipped().has(criterion.code)) return 'skipped';
    return this.unanswered().has(criterion.code) ? 'unanswered' : 'answered';
  }

  /** What ticking this criterion's gate does: the product out, or the rest of its part not evaluated. */
  protected gateEffect(criterion: Criterion): string {
    if (criterion.gate?.kind === 'exclude') return this.t('scoring.gateExcludes');
    const part = this.sheet()?.parts.find((p) =>
      p.sections.some((s) => s.criteria.some((c) => c.code === criterion.code)),
    );
    const codes = (part?.sections.flatMap((s) => s.criteria) ?? [])
      .map((c) => c.code)
      .filter((code) => code !== criterion.code && this.skipped().has(code));
    return codes.length ? this.t('scoring.gateStops', { codes: codes.join(', ') }) : '';
  }

  protected partScore(code: string): { score: number; max: number } {
    const part = this.store.score()?.parts.find((p) => p.code === code);
    return { score: part?.score ?? 0, max: part?.max ?? 0 };
  }

  protected number(value: number): string {
    return this.i18n.number(value, { maximumFractionDigits: 2 });
  }

  /** Moves the focus to the first criterion still needing an answer. */
  protected goToUnanswered(event: Event): void {
    event.preventDefault();
    const code = this.store.score()?.unanswered[0];
    if (!code) return;
    const root = this.element.nativeElement;
    const target = root.querySelector<HTMLElement>(`[data-criterion="${code}"]`);
    target?.scrollIntoView?.({ block: 'center' });
    target?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  protected askSubmit(): void {
    if (!this.store.canSubmit()) return;
    this.confirmDialog()?.nativeElement.showModal();
  }

  protected async confirmSubmit(): Promise<void> {
    const done = await this.store.submit();
    if (done) this.confirmDialog()?.nativeElement.close();
  }

  protected cancelSubmit(): void {
    this.confirmDialog()?.nativeElement.close();
  }

  protected dateText(iso: string): string {
    return dayText(iso);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}

/** hh:mm of a moment, as "Đã lưu lúc 14:05" shows it. */
function timeOf(moment: Date | null): string {
  if (!moment) return '';
  return `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
}
