import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { Translator } from '@ocop/common';
import { ProgressReport } from '@ocop/domain';
import { TaskReviewAction } from '../../../api/tasks-api';
import { EVIDENCE_ACCEPT, evidenceRefusal } from '../evidence-rules';
import { EvidenceList } from '../evidence-list/evidence-list';
import { TaskDetailStore } from '../task-detail.store';

/** A review the standing unit asked for on a report: accept it, or return it with a reason. */
export interface ReportReviewRequest {
  action: Extract<TaskReviewAction, 'accept' | 'return'>;
  report: ProgressReport;
}

/**
 * The task's progress reports, newest first: the percentage the unit chose, its text, who reported when,
 * how the standing unit reviewed it (and why it was returned), and the evidence files. On the report that
 * waits for review, the standing unit finds "accept" and "return"; the reporting side may still add evidence.
 */
@Component({
  selector: 'ocop-report-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EvidenceList],
  templateUrl: './report-history.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './report-history.css'],
})
export class ReportHistory {
  readonly review = output<ReportReviewRequest>();

  protected readonly store = inject(TaskDetailStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly accept = EVIDENCE_ACCEPT;

  protected readonly reports = computed(() => this.store.task()?.reports ?? []);
  protected readonly canAccept = computed(() => this.store.actions().includes('accept'));
  protected readonly canReturn = computed(() => this.store.actions().includes('return'));
  protected readonly busy = computed(() => this.store.pending().includes('action'));
  /** The reporting side may add evidence to the report while it waits for review (the API checks it again). */
  protected readonly canAddEvidence = computed(() => {
    const relations = this.store.relations();
    const status = this.store.task()?.status;
    return (relations.includes('lead') || relations.includes('standing')) && status !== 'cancelled';
  });
  protected readonly refused = signal<{ name: string; message: string }[]>([]);
  protected readonly checking = signal(false);

  protected percent(report: ProgressReport): string {
    return this.i18n.number(report.percent / 100, { style: 'percent', maximumFractionDigits: 0 });
  }

  protected async addEvidence(report: ProgressReport, event: Event): Promise<void> {
    const control = event.target as HTMLInputElement;
    const chosen = Array.from(control.files ?? []);
    control.value = '';
    if (chosen.length === 0) return;
    this.checking.set(true);
    const refused: { name: string; message: string }[] = [];
    const accepted: File[] = [];
    let stored = report.attachments.reduce((sum, a) => sum + a.size, 0);
    try {
      for (const file of chosen) {
        const refusal = await evidenceRefusal(file, stored);
        if (refusal) {
          refused.push({ name: file.name, message: this.i18n.apiError(refusal) });
        } else {
          accepted.push(file);
          stored += file.size;
        }
      }
    } finally {
      this.checking.set(false);
    }
    this.refused.set(refused);
    this.store.uploadEvidence(report.id, accepted);
  }
}
