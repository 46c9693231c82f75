import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One audit entry as a page words it (each module describes its own actions). */
export interface TimelineEntryView {
  id: string;
  /** ISO time, for the datetime attribute. */
  at: string;
  /** The time as people read it. */
  when: string;
  who: string;
  /** The actor's roles, where the module shows them. */
  roles?: string;
  unit: string | null;
  what: string;
  details: string[];
  /** The comment as shown; line breaks the user typed are kept. */
  comment: string | null;
  /** Items a return sent back, with their reasons. */
  returnedItems?: { name: string; reason: string }[];
}

/**
 * An audit trail's entries, oldest first, on a vertical line: when, who, role and unit, what happened, the
 * details, the items returned and the comment. Read only.
 */
@Component({
  selector: 'ocop-timeline-entries',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './timeline-entries.html',
  styleUrl: './timeline-entries.css',
})
export class TimelineEntries {
  readonly entries = input.required<readonly TimelineEntryView[]>();
  /** The words above a return's items ("Các mục trả lại:"). */
  readonly returnedLabel = input('');
}
