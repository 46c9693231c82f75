import { isMessageKey, Translator } from '@ocop/common';
import { FieldError, formatQuarter, Me, TaskActor, TaskSummary, TaskUnit } from '@ocop/domain';

/** 'yyyy-MM-dd' as 'dd/MM/yyyy', read as a calendar date (no time zone can move it by a day). */
export function isoDateText(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (iso ?? '');
}

/** A period as officials write it: '2020-Q3' → 'Quý III/2020', '2020' → 'Năm 2020'. */
export function periodText(period: string | null, i18n: Translator): string {
  if (!period) return '';
  if (/^\d{4}$/.test(period)) return i18n.t('task.period.year', { year: period });
  return formatQuarter(period);
}

/** When a task is due as the plan says it: a day (dd/MM/yyyy), a quarter ('Quý III/2020'), or ''. */
export function dueText(task: Pick<TaskSummary, 'dueDate' | 'dueQuarter' | 'due'>): string {
  if (task.dueDate) return isoDateText(task.dueDate);
  if (task.dueQuarter) return formatQuarter(task.dueQuarter);
  return task.due ? isoDateText(task.due) : '';
}

/** Bytes as people read them: '350 KB', '1,2 MB' (vi) / '1.2 MB' (en); binary units, like the limits. */
export function sizeText(bytes: number, i18n: Translator): string {
  const format = (n: number): string => i18n.number(n, { maximumFractionDigits: 1 });
  if (bytes < 1024) return i18n.t('task.size.B', { n: format(bytes) });
  if (bytes < 1024 * 1024) return i18n.t('task.size.KB', { n: format(bytes / 1024) });
  return i18n.t('task.size.MB', { n: format(bytes / (1024 * 1024)) });
}

/** A new id for one user intent (one click on "Gửi báo cáo"), reused when that intent is retried. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an intranet portal on plain http still gets 128 random bits.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/**
 * Who the task workflow sees: the signed-in user's roles and units from GET /api/me, as the dossier page
 * builds its actor, with the department the task rules also need.
 */
export function taskActorOf(me: Me): TaskActor {
  return {
    roles: me.roles,
    districtCode: me.district?.code ?? null,
    communeCode: me.commune?.code ?? null,
    departmentCode: me.department?.code ?? null,
  };
}

/** Whether `me` is the standing unit of a plan issued by `planUnitCode` (the API decides; this only mirrors). */
export function isStandingUnit(me: Me | null, planUnitCode: string | null | undefined): boolean {
  return (
    !!me && !!planUnitCode && me.roles.includes('district-officer') && me.district?.code === planUnitCode
  );
}

/** 'Trung tâm Y tế huyện, Xã Hữu Lễ'. */
export function unitNames(units: readonly TaskUnit[]): string {
  return units.map((u) => u.name).join(', ');
}

/** The first error about `field`, or null. */
export function errorOf(errors: readonly FieldError[], field: string): FieldError | null {
  return (
    errors.find(
      (e) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`),
    ) ?? null
  );
}

/**
 * A field error of the domain's validation or of the API in the element's language: Vietnamese is the text
 * they give (one source of truth), English a translation by field and code (`task.error.<field>.<code>`,
 * list indexes dropped) when there is one, else the Vietnamese text.
 */
export function fieldErrorText(i18n: Translator, error: FieldError): string {
  if (i18n.locale() === 'vi') return error.message;
  const field = error.field.replace(/\[\d+\]/g, '');
  const key = `task.error.${field}.${error.code}`;
  return isMessageKey(key) ? i18n.t(key) : error.message;
}

/** Whether the API refused a change because someone else changed the record first (409 STALE_VERSION). */
export function isStale(error: { code: string } | null | undefined): boolean {
  return error?.code === 'STALE_VERSION';
}

/** The task module's base path: `<basePath>/tasks`. */
export function tasksBase(basePath: string): string {
  return `${basePath.replace(/\/+$/, '')}/tasks`;
}
