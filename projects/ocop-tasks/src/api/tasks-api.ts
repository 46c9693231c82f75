import { inject, Injectable } from '@angular/core';
import { ApiClient, injectFileTransfer, UploadEvent } from '@ocop/common';
import type {
  AttachmentInfo,
  DossierSummary,
  Me,
  MyTasks,
  NewPlan,
  NewTask,
  NewTaskComment,
  NewTaskReview,
  Page,
  Plan,
  PlanChange,
  PlanDetail,
  Product,
  ProgressReportRequest,
  RollupRow,
  TaskActionId,
  TaskChange,
  TaskComment,
  TaskDetail,
  TaskQuery,
  TaskReview,
  TaskSummary,
  TaskUnit,
  UnitDeadlineCount,
} from '@ocop/domain';
import type { Observable } from 'rxjs';

/** The review actions of POST /api/tasks/tasks/:id/actions (a report and a comment have their own routes). */
export type TaskReviewAction = Exclude<TaskActionId, 'report' | 'comment'>;

/**
 * The tasks module's API (paths below `/api/tasks`), one typed method per route. Provided per page, like the
 * dossier module's services. Evidence files go through `FileTransfer`-style XHR uploads to
 * `reportAttachmentUploadPath`, for their progress events.
 */
@Injectable()
export class TasksApi {
  private readonly api = inject(ApiClient);
  private readonly files = injectFileTransfer();

  /** The signed-in user with unit names (GET /api/me): what the pages build the workflow actor from. */
  me(): Observable<Me> {
    return this.api.get<Me>('/me');
  }

  plans(query: { year?: number; limit?: number; offset?: number } = {}): Observable<Page<Plan>> {
    return this.api.get<Page<Plan>>('/tasks/plans', { ...query });
  }

  plan(planId: string): Observable<PlanDetail> {
    return this.api.get<PlanDetail>(`/tasks/plans/${planId}`);
  }

  createPlan(body: NewPlan): Observable<PlanDetail> {
    return this.api.post<PlanDetail>('/tasks/plans', body);
  }

  updatePlan(planId: string, body: PlanChange): Observable<PlanDetail> {
    return this.api.put<PlanDetail>(`/tasks/plans/${planId}`, body);
  }

  copyPlan(planId: string, year: number): Observable<PlanDetail> {
    return this.api.post<PlanDetail>(`/tasks/plans/${planId}/copy`, { year });
  }

  tasks(planId: string, query: TaskQuery = {}): Observable<Page<TaskSummary>> {
    return this.api.get<Page<TaskSummary>>(`/tasks/plans/${planId}/tasks`, { ...query });
  }

  units(planId: string): Observable<TaskUnit[]> {
    return this.api.get<TaskUnit[]>(`/tasks/plans/${planId}/units`);
  }

  rollups(planId: string): Observable<RollupRow[]> {
    return this.api.get<RollupRow[]>(`/tasks/plans/${planId}/rollups`);
  }

  deadlineCounts(planId: string): Observable<UnitDeadlineCount[]> {
    return this.api.get<UnitDeadlineCount[]>(`/tasks/plans/${planId}/deadline-counts`);
  }

  mine(planId?: string): Observable<MyTasks> {
    return this.api.get<MyTasks>('/tasks/mine', { planId });
  }

  task(taskId: string): Observable<TaskDetail> {
    return this.api.get<TaskDetail>(`/tasks/tasks/${taskId}`);
  }

  createTask(planId: string, body: NewTask): Observable<TaskDetail> {
    return this.api.post<TaskDetail>(`/tasks/plans/${planId}/tasks`, body);
  }

  updateTask(taskId: string, body: TaskChange): Observable<TaskDetail> {
    return this.api.put<TaskDetail>(`/tasks/tasks/${taskId}`, body);
  }

  act(
    taskId: string,
    body: { action: TaskReviewAction; version: number; reason?: string | null; requestId?: string },
  ): Observable<TaskDetail> {
    return this.api.post<TaskDetail>(`/tasks/tasks/${taskId}/actions`, body);
  }

  report(taskId: string, body: ProgressReportRequest): Observable<TaskDetail> {
    return this.api.post<TaskDetail>(`/tasks/tasks/${taskId}/reports`, body);
  }

  comment(taskId: string, body: NewTaskComment): Observable<TaskComment> {
    return this.api.post<TaskComment>(`/tasks/tasks/${taskId}/comments`, body);
  }

  /** Path (below the API base) to upload one evidence file of a report: raw body, `X-File-Name` header. */
  reportAttachmentUploadPath(reportId: string): string {
    return `/tasks/reports/${reportId}/attachments`;
  }

  /** Path (below the API base) of an evidence file's bytes. */
  reportAttachmentContentPath(attachment: Pick<AttachmentInfo, 'id'>): string {
    return `/tasks/report-attachments/${attachment.id}/content`;
  }

  /** Sends one evidence file of a report, with progress; unsubscribing aborts it (files/file-transfer.ts). */
  uploadEvidence(reportId: string, file: File): Observable<UploadEvent<AttachmentInfo>> {
    return this.files.upload<AttachmentInfo>(this.reportAttachmentUploadPath(reportId), file);
  }

  /** An evidence file's bytes, to show or save through a blob: URL. */
  evidence(attachment: Pick<AttachmentInfo, 'id'>, disposition: 'inline' | 'attachment'): Observable<Blob> {
    return this.files.bytes(this.reportAttachmentContentPath(attachment), { disposition });
  }

  /** The products the caller may see (dossier module's GET /api/products), for a task's optional link. */
  products(): Observable<Page<Product>> {
    return this.api.get<Page<Product>>('/products', { limit: 200 });
  }

  /** The dossiers of a round the caller may see (GET /api/dossiers), for a task's optional link. */
  dossiers(roundYear: number): Observable<Page<DossierSummary>> {
    return this.api.get<Page<DossierSummary>>('/dossiers', { roundYear, limit: 200 });
  }

  reviews(planId: string): Observable<TaskReview[]> {
    return this.api.get<TaskReview[]>(`/tasks/plans/${planId}/reviews`);
  }

  review(reviewId: string): Observable<TaskReview> {
    return this.api.get<TaskReview>(`/tasks/reviews/${reviewId}`);
  }

  createReview(planId: string, body: NewTaskReview): Observable<TaskReview> {
    return this.api.post<TaskReview>(`/tasks/plans/${planId}/reviews`, body);
  }
}
