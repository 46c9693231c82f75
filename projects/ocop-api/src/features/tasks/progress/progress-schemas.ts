import { FILE_KINDS, TASK_STATUSES } from '@ocop/domain';
import { NEW_TASK_BODY } from '../task-schemas';

/**
 * JSON schemas of the progress routes (types: @ocop/domain tasks/task.ts and tasks/review.ts); the task, its
 * comments and the task and plan ids are the core task routes' (task-schemas.ts). Bodies are validated by the
 * domain (BODY_VALIDATED_BY_DOMAIN): their schemas here document them for OpenAPI.
 */

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const uuidParam = (name: string) => ({
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'string', pattern: UUID_PATTERN } },
});

const nullable = (type: string, description?: string) => ({
  type: [type, 'null'],
  ...(description ? { description } : {}),
});

const REQUEST_ID = {
  type: 'string',
  description:
    'One per user intent (8–64 letters, digits, dashes); a repeat answers with the first result ' +
    '(header ocop-replayed: true) and does nothing',
};

export const REVIEW_ID_PARAMS = uuidParam('reviewId');

export const REPORT_ID_PARAMS = uuidParam('reportId');

export const ATTACHMENT_ID_PARAMS = uuidParam('attachmentId');

export const TASK_ACTION_BODY = {
  type: 'object',
  required: ['action', 'version'],
  properties: {
    action: { type: 'string', enum: ['start', 'accept', 'return', 'cancel', 'reopen'] },
    version: { type: 'integer', description: 'The task version the user saw' },
    reason: nullable('string', 'Required to return, cancel and reopen'),
    requestId: REQUEST_ID,
  },
};

export const PROGRESS_REPORT_BODY = {
  type: 'object',
  required: ['percent', 'text', 'version'],
  properties: {
    percent: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'The whole percentage the unit chooses (never computed); −5, 120, 50.5, "abc" are refused',
    },
    text: { type: 'string', description: 'What was done' },
    version: { type: 'integer', description: 'The task version the user saw' },
    requestId: REQUEST_ID,
  },
};

export const TASK_COMMENT_BODY = {
  type: 'object',
  required: ['text'],
  properties: { text: { type: 'string' } },
};

export const NEW_REVIEW_BODY = {
  type: 'object',
  required: ['period', 'heldOn', 'attendees', 'conclusions', 'followUps'],
  properties: {
    period: { type: 'string', description: "'yyyy-Qn' for a quarter's review, 'yyyy' for the year-end one" },
    heldOn: { type: 'string', description: "'yyyy-MM-dd'" },
    attendees: { type: 'array', items: { type: 'string' } },
    conclusions: { type: 'string' },
    followUps: {
      type: 'array',
      description:
        'New tasks (the body of POST /api/tasks/plans/{planId}/tasks each), created with the review',
      items: NEW_TASK_BODY,
    },
  },
};

export const ATTACHMENT_INFO_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'fileName', 'kind', 'size', 'sha256', 'uploadedAt', 'uploadedBy'],
  properties: {
    id: { type: 'string' },
    fileName: { type: 'string', description: 'The original name, NFC' },
    kind: { type: 'string', enum: [...FILE_KINDS], description: 'Detected from the content' },
    size: { type: 'integer' },
    sha256: { type: 'string' },
    uploadedAt: { type: 'string', format: 'date-time' },
    uploadedBy: { type: 'string' },
  },
};

const SNAPSHOT_ROW_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  description: 'A task as it stood when the review was recorded: frozen, never recomputed',
  required: [
    'taskId',
    'title',
    'sectionCode',
    'leadName',
    'period',
    'due',
    'status',
    'reportedPercent',
    'acceptedPercent',
    'deadlineFlag',
  ],
  properties: {
    taskId: { type: 'string' },
    title: { type: 'string' },
    sectionCode: { type: 'string' },
    leadName: { type: 'string' },
    period: nullable('string'),
    due: nullable('string', "'yyyy-MM-dd'"),
    status: { type: 'string', enum: [...TASK_STATUSES] },
    reportedPercent: nullable('integer'),
    acceptedPercent: nullable('integer'),
    deadlineFlag: { type: ['string', 'null'], enum: ['overdue', 'due-soon', null] },
  },
};

export const TASK_REVIEW_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'planId',
    'period',
    'heldOn',
    'attendees',
    'conclusions',
    'recordedBy',
    'recordedAt',
    'snapshot',
    'followUpTaskIds',
  ],
  properties: {
    id: { type: 'string' },
    planId: { type: 'string' },
    period: { type: 'string' },
    heldOn: { type: 'string' },
    attendees: { type: 'array', items: { type: 'string' } },
    conclusions: { type: 'string' },
    recordedBy: { type: 'string' },
    recordedAt: { type: 'string', format: 'date-time' },
    snapshot: {
      type: 'array',
      description: "The plan's tasks the caller may see, as they stood when the review was recorded",
      items: SNAPSHOT_ROW_SCHEMA,
    },
    followUpTaskIds: { type: 'array', items: { type: 'string' } },
  },
};
