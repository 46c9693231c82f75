import type { Principal, TaskDetail, Validated } from '@ocop/domain';
import type { Db, Queryable } from '../../../db/db';
import { validationFailed } from '../../../http/api-http-error';
import { lockTask, requireTaskDetail, staleTaskVersion, taskNotFound, type LockedTask } from '../task-write';

export interface TaskWriteResult {
  task: TaskDetail;
  /** True when the request id had already been acted on: nothing was done this time. */
  replayed: boolean;
}

/** The parsed body of a workflow write: the task version the user saw, and the request id if any. */
export interface TaskWriteRequest {
  version: number;
  requestId?: string | undefined;
}

// Where each kind of write remembers its request ids (task_id, request_id).
const REQUEST_TABLES = { report: 'task_reports', action: 'task_action_requests' } as const;

/** A workflow write of a task, from the fields of the request as the client sent them. */
export type TaskWrite = (
  db: Db,
  caller: Principal,
  taskId: string,
  fields: Record<string, unknown>,
  today?: string,
) => Promise<TaskWriteResult>;

/**
 * The prelude of every workflow write of a task (actions, progress reports): a request that did not parse is
 * 400 before anything is read; then, under the task's row lock and in one transaction, a task the caller may
 * not see is not found, a request id already used for this task (remembered per `kind`) answers the
 * task as it is now, doing nothing, and a stale version is refused — only then does `write` run.
 */
export async function writeTaskOnce<Request extends TaskWriteRequest>(
  { db, caller, taskId, today }: { db: Db; caller: Principal; taskId: string; today: string },
  parsed: Validated<Request>,
  kind: keyof typeof REQUEST_TABLES,
  write: (tx: Queryable, task: LockedTask, request: Request) => Promise<void>,
): Promise<TaskWriteResult> {
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const request = parsed.value;
  const { version, requestId } = request;
  const replayed = await db.transaction(async (tx) => {
    const task = await lockTask(tx, taskId, caller);
    if (task === null) throw taskNotFound();
    if (requestId !== undefined) {
      const [earlier] = await tx.query(
        `select 1 from ${REQUEST_TABLES[kind]} where task_id = $1 and request_id = $2`,
        [taskId, requestId],
      );
      if (earlier !== undefined) return true;
    }
    if (version !== task.version) throw staleTaskVersion(task.version);
    await write(tx, task, request);
    return false;
  });
  return { task: await requireTaskDetail(db, taskId, caller, today), replayed };
}
