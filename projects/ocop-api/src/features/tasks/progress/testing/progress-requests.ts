import type { InjectOptions } from 'fastify';

/** Requests of the progress routes as the tasks UI sends them. */

export function taskAction(
  taskId: string,
  body: { action: string; version: number; reason?: string | null; requestId?: string },
): InjectOptions {
  return { method: 'POST', url: `/api/tasks/tasks/${taskId}/actions`, payload: body };
}

export function progressReport(taskId: string, body: Record<string, unknown>): InjectOptions {
  return { method: 'POST', url: `/api/tasks/tasks/${taskId}/reports`, payload: body };
}

export function taskComment(taskId: string, text: unknown): InjectOptions {
  return { method: 'POST', url: `/api/tasks/tasks/${taskId}/comments`, payload: { text } };
}

export function evidenceUpload(
  reportId: string,
  fileName: string,
  payload: Buffer | NodeJS.ReadableStream,
): InjectOptions {
  return {
    method: 'POST',
    url: `/api/tasks/reports/${reportId}/attachments?fileName=${encodeURIComponent(fileName)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: payload as InjectOptions['payload'],
  };
}

export function evidenceDownload(attachmentId: string, disposition?: 'inline' | 'attachment'): string {
  const query = disposition === undefined ? '' : `?disposition=${disposition}`;
  return `/api/tasks/report-attachments/${attachmentId}/content${query}`;
}

export function recordReviewRequest(planId: string, body: Record<string, unknown>): InjectOptions {
  return { method: 'POST', url: `/api/tasks/plans/${planId}/reviews`, payload: body };
}
