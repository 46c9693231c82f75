import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormDrafts, nfcValueOf, Translator } from '@ocop/common';
import { FieldError, fieldErrorsOf, parseTaskComment } from '@ocop/domain';
import { errorOf, fieldErrorText } from '../../task-labels';
import { TaskDetailStore } from '../task-detail.store';

/** The draft key of the comment box, per task. */
export function commentDraftKey(taskId: string): string {
  return `task-detail:${taskId}:comment`;
}

/**
 * Comments on the task, oldest first: how the lead, cooperating and standing units talk about it. Those the
 * workflow lets comment get a box (kept as a local draft while typed); others read.
 */
@Component({
  selector: 'ocop-task-comments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-comments.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './task-comments.css'],
})
export class TaskComments {
  protected readonly store = inject(TaskDetailStore);
  private readonly drafts = inject(FormDrafts);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly text = signal('');
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly added = signal(false);

  protected readonly comments = computed(() => this.store.task()?.comments ?? []);
  protected readonly pending = computed(() => this.store.pending().includes('comment'));
  protected readonly textError = computed(() => {
    const error = errorOf(this.errors(), 'text');
    return error ? fieldErrorText(this.i18n, error) : null;
  });
  protected readonly apiError = computed(() => {
    const error = this.store.failures()['comment'];
    return error && fieldErrorsOf(error).length === 0 ? this.i18n.apiError(error) : null;
  });

  constructor() {
    const id = this.store.taskId();
    const draft = id ? this.drafts.load<string>(commentDraftKey(id)) : null;
    if (typeof draft?.value === 'string') this.text.set(draft.value);
  }

  protected set(event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.text.set(value);
    this.errors.set([]);
    this.added.set(false);
    const id = this.store.taskId();
    if (id) this.drafts.save(commentDraftKey(id), value);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.pending()) return;
    const parsed = parseTaskComment({ text: this.text() });
    if (!parsed.ok) {
      this.errors.set(parsed.errors);
      return;
    }
    const comment = await this.store.comment(parsed.value.text);
    if (comment) {
      const id = this.store.taskId();
      if (id) this.drafts.clear(commentDraftKey(id));
      this.text.set('');
      this.added.set(true);
    } else {
      const error = this.store.failures()['comment'];
      this.errors.set(error ? fieldErrorsOf(error) : []);
    }
  }
}
