import { checkTaskAction, type TaskActionId, type TaskStatus, type TaskUnit } from '@ocop/domain';
import { reporterOf, STANDING, type DemoPlanActor } from './demo-plan-actors';

/**
 * What happened to a demo task in 2020, written as events and replayed through the domain's workflow
 * (checkTaskAction), so the demo's statuses, reports and timeline are exactly what the API would have
 * written had the users clicked through them. Times are Vietnam's ('2020-06-30 16:00').
 */

export type StoryEvent =
  | { kind: 'start'; at: string }
  | { kind: 'report'; at: string; percent: number; text: string }
  | { kind: 'accept'; at: string }
  | { kind: 'return'; at: string; reason: string }
  | { kind: 'comment'; at: string; text: string };

export const start = (at: string): StoryEvent => ({ kind: 'start', at });
export const report = (at: string, percent: number, text: string): StoryEvent => ({
  kind: 'report',
  at,
  percent,
  text,
});
export const accept = (at: string): StoryEvent => ({ kind: 'accept', at });
export const returnReport = (at: string, reason: string): StoryEvent => ({ kind: 'return', at, reason });
export const comment = (at: string, text: string): StoryEvent => ({ kind: 'comment', at, text });

export interface DemoReport {
  /** 1-based, in the order the reports were written. */
  number: number;
  percent: number;
  text: string;
  by: DemoPlanActor;
  at: string;
  review: 'pending' | 'accepted' | 'returned';
  reviewedAt: string | null;
  returnReason: string | null;
}

export interface DemoComment {
  number: number;
  text: string;
  by: DemoPlanActor;
  at: string;
}

export interface DemoAuditEntry {
  at: string;
  by: DemoPlanActor;
  action: string;
  from: unknown;
  to: unknown;
  comment: string | null;
}

export interface ReplayedHistory {
  status: TaskStatus;
  returnReason: string | null;
  /** 1 for the creation, + 1 per change (as touchTask counts). */
  version: number;
  updatedAt: string;
  reports: DemoReport[];
  comments: DemoComment[];
  audit: DemoAuditEntry[];
}

/** The id of the `n`th report ('06') or comment ('07') of a demo task: its task's id with kind and `n`. */
export function historyRowId(taskId: string, kind: '06' | '07', n: number): string {
  return `${taskId.slice(0, 24)}${kind}${taskId.slice(26, 34)}${String(n).padStart(2, '0')}`;
}

/** The Vietnam wall-clock time of an event as an instant PostgreSQL reads ('2020-06-30T16:00:00+07:00'). */
export function vietnamInstant(at: string): string {
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(at)) throw new Error(`demo plan: bad event time "${at}"`);
  return `${at.replace(' ', 'T')}:00+07:00`;
}

const ACTION_NAMES: Record<Exclude<StoryEvent['kind'], 'comment'>, string> = {
  start: 'task.started',
  report: 'task.reported',
  accept: 'task.accepted',
  return: 'task.returned',
};

/**
 * Replays `story` on a task created at `createdAt` (Vietnam time, status 'assigned'); throws when an event is
 * one the workflow would refuse, so a wrong demo story fails the seed spec rather than showing an impossible
 * state.
 */
export function replayStory(
  task: { id: string; lead: TaskUnit; cooperating: readonly TaskUnit[]; createdAt: string; label: string },
  story: readonly StoryEvent[],
): ReplayedHistory {
  const reporter = reporterOf(`${task.lead.kind}:${task.lead.code}`, task.lead.communeCode);
  let status: TaskStatus = 'assigned';
  let returnReason: string | null = null;
  let previous = task.createdAt;
  let updatedAt = vietnamInstant(task.createdAt);
  const reports: DemoReport[] = [];
  const comments: DemoComment[] = [];
  const audit: DemoAuditEntry[] = [];
  // As the progress routes write it: the report an entry is about, and its percentage.
  const reportRef = (number: number | undefined) => {
    const about = reports.find((r) => r.number === number);
    return about ? { reportId: historyRowId(task.id, '06', about.number), percent: about.percent } : {};
  };
  for (const event of story) {
    const at = vietnamInstant(event.at);
    if (event.at <= previous) {
      throw new Error(`demo plan: ${task.label}: event at ${event.at} is not after the one before`);
    }
    previous = event.at;
    const pending = reports.at(-1)?.review === 'pending' ? reports.at(-1) : undefined;
    const actor = event.kind === 'report' || event.kind === 'start' ? reporter : STANDING;
    const action: TaskActionId = event.kind;
    const check = checkTaskAction(
      actor,
      {
        status,
        planUnitCode: '184',
        lead: task.lead,
        cooperating: task.cooperating,
        pendingReview: pending !== undefined,
      },
      action,
      {
        reason: event.kind === 'return' ? event.reason : null,
        percent: event.kind === 'report' ? event.percent : pending?.percent,
      },
    );
    if (!check.ok)
      throw new Error(`demo plan: ${task.label}: ${event.kind} at ${event.at}: ${check.message}`);
    const from = status;
    status = check.to;
    switch (event.kind) {
      case 'comment':
        comments.push({ number: comments.length + 1, text: event.text, by: actor, at });
        audit.push({
          at,
          by: actor,
          action: 'task.commented',
          from: null,
          to: { commentId: historyRowId(task.id, '07', comments.length) },
          comment: event.text,
        });
        // A comment is no change of the task: no version, no updated_at (as the comments route).
        continue;
      case 'report':
        reports.push({
          number: reports.length + 1,
          percent: event.percent,
          text: event.text,
          by: actor,
          at,
          review: 'pending',
          reviewedAt: null,
          returnReason: null,
        });
        returnReason = null;
        audit.push(
          entry(
            at,
            actor,
            event.kind,
            { status: from },
            { status, ...reportRef(reports.length) },
            event.text,
          ),
        );
        break;
      case 'accept':
        if (pending) Object.assign(pending, { review: 'accepted', reviewedAt: at });
        audit.push(entry(at, actor, event.kind, { status: from }, { status, ...reportRef(pending?.number) }));
        break;
      case 'return':
        if (pending)
          Object.assign(pending, { review: 'returned', reviewedAt: at, returnReason: event.reason });
        returnReason = event.reason;
        audit.push(
          entry(
            at,
            actor,
            event.kind,
            { status: from },
            { status, ...reportRef(pending?.number) },
            event.reason,
          ),
        );
        break;
      case 'start':
        audit.push(entry(at, actor, event.kind, { status: from }, { status }));
        break;
    }
    updatedAt = at;
  }
  return {
    status,
    returnReason,
    version: 1 + audit.filter((e) => e.action !== 'task.commented').length,
    updatedAt,
    reports,
    comments,
    audit,
  };
}

function entry(
  at: string,
  by: DemoPlanActor,
  kind: Exclude<StoryEvent['kind'], 'comment'>,
  from: unknown,
  to: unknown,
  comment: string | null = null,
): DemoAuditEntry {
  return { at, by, action: ACTION_NAMES[kind], from, to, comment };
}
