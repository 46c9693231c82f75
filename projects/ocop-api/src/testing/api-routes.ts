/**
 * Every route of the API, as OpenAPI names them: the lists the route specs check the app against (auth.spec.ts:
 * every protected route refuses a missing or bad token; openapi.spec.ts: every route is documented). A new
 * route is added here once.
 */

/** The routes that answer without a token. */
export const PUBLIC_ROUTES: readonly string[] = [
  'GET /api/health/live',
  'GET /api/health/ready',
  'GET /api/version',
];

/** The routes that need a valid token, sorted. */
export const PROTECTED_ROUTES: readonly string[] = [
  'DELETE /api/dossiers/{id}/attachments/{attachmentId}',
  'DELETE /api/products/{id}/photos/{photoId}',
  'GET /api/admin/audit',
  'GET /api/admin/module-settings',
  'GET /api/dossiers',
  'GET /api/dossiers/{id}',
  'GET /api/dossiers/{id}/attachments/{attachmentId}',
  'GET /api/dossiers/{id}/timeline',
  'GET /api/me',
  'GET /api/me/modules',
  'GET /api/producers',
  'GET /api/producers/{producerId}',
  'GET /api/products',
  'GET /api/products/{id}',
  'GET /api/products/{id}/photos/{photoId}',
  'GET /api/tasks/mine',
  'GET /api/tasks/plans',
  'GET /api/tasks/plans/{planId}',
  'GET /api/tasks/plans/{planId}/deadline-counts',
  'GET /api/tasks/plans/{planId}/reviews',
  'GET /api/tasks/plans/{planId}/rollups',
  'GET /api/tasks/plans/{planId}/tasks',
  'GET /api/tasks/plans/{planId}/units',
  'GET /api/tasks/report-attachments/{attachmentId}/content',
  'GET /api/tasks/reviews/{reviewId}',
  'GET /api/tasks/tasks/{taskId}',
  'GET /api/units',
  'POST /api/dossiers',
  'POST /api/dossiers/{id}/actions/{action}',
  'POST /api/dossiers/{id}/items/{itemId}/attachments',
  'POST /api/producers',
  'POST /api/products',
  'POST /api/products/{id}/photos',
  'POST /api/products/{id}/promote',
  'POST /api/tasks/plans',
  'POST /api/tasks/plans/{planId}/copy',
  'POST /api/tasks/plans/{planId}/reviews',
  'POST /api/tasks/plans/{planId}/tasks',
  'POST /api/tasks/reports/{reportId}/attachments',
  'POST /api/tasks/tasks/{taskId}/actions',
  'POST /api/tasks/tasks/{taskId}/comments',
  'POST /api/tasks/tasks/{taskId}/reports',
  'PUT /api/admin/module-settings/{districtCode}/{module}',
  'PUT /api/dossiers/{id}/items/{itemId}',
  'PUT /api/producers/{producerId}',
  'PUT /api/tasks/plans/{planId}',
  'PUT /api/tasks/tasks/{taskId}',
];
