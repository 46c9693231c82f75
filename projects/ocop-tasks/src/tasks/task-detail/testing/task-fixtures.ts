// Test data for the tasks module's specs: Văn Quan's 2020 OCOP plan, the Trung tâm Y tế's herbal duty
// (seed plan §III.7), and the users who see it.
import {
  AttachmentInfo,
  Me,
  PlanDetail,
  ProgressReport,
  TaskDetail,
  TaskSummary,
  TaskUnit,
} from '@ocop/domain';

export const PLAN_ID = '0c0b2020-0000-4000-8000-0000000000b1';
export const TASK_ID = '0c0b2020-0000-4000-8000-0000000000c1';
export const REPORT_ID = '0c0b2020-0000-4000-8000-0000000000e1';
export const TARGET_ID = '0c0b2020-0000-4000-8000-0000000000f1';

export const TTYT: TaskUnit = {
  kind: 'department',
  code: 'TTYT',
  name: 'Trung tâm Y tế huyện',
  communeCode: null,
};
export const NNPTNT: TaskUnit = {
  kind: 'department',
  code: 'NNPTNT',
  name: 'Phòng Nông nghiệp và Phát triển nông thôn',
  communeCode: null,
};
export const HUU_LE: TaskUnit = { kind: 'commune', code: '06322', name: 'Xã Hữu Lễ', communeCode: null };

export const EVIDENCE: AttachmentInfo = {
  id: '0c0b2020-0000-4000-8000-0000000000a1',
  fileName: 'Biên bản kiểm tra dược liệu.pdf',
  kind: 'pdf',
  size: 300 * 1024,
  sha256: 'b3f1c9e07b5d2468ace13579bdf02468ace13579bdf02468ace13579bdf02468',
  uploadedAt: '2020-07-10T02:30:00Z',
  uploadedBy: 'vq.yte',
};

export function plan(overrides: Partial<PlanDetail> = {}): PlanDetail {
  return {
    id: PLAN_ID,
    unit: { code: '184', name: 'Huyện Văn Quan' },
    year: 2020,
    number: '45/KH-UBND',
    title: 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2020',
    issuedOn: '2020-02-20',
    version: 3,
    legalBases: [],
    purposes: [],
    requirements: [],
    fundingSources: [],
    sections: [
      { code: 'III.3', title: 'Phòng Nông nghiệp và Phát triển nông thôn huyện' },
      { code: 'III.7', title: 'Trung tâm Y tế huyện' },
    ],
    targets: [
      {
        id: TARGET_ID,
        code: 'MT2',
        title: 'Hoàn thiện hồ sơ sản phẩm mới',
        indicator: '01 hồ sơ được hoàn thiện',
        quantity: 1,
        measure: 'hồ sơ',
        dueQuarter: '2020-Q3',
        productId: null,
        dossierId: null,
      },
    ],
    signer: null,
    copiedFromId: null,
    ...overrides,
  };
}

export function report(overrides: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: REPORT_ID,
    percent: 50,
    text: 'Đã khảo sát 3 cơ sở dược liệu',
    reportedBy: { name: 'Hoàng Thị Y', unit: 'Trung tâm Y tế huyện' },
    reportedAt: '2020-07-10T02:00:00Z',
    review: 'pending',
    reviewedBy: null,
    reviewedAt: null,
    returnReason: null,
    attachments: [EVIDENCE],
    ...overrides,
  };
}

export function summary(overrides: Partial<TaskSummary> = {}): TaskSummary {
  return {
    id: TASK_ID,
    planId: PLAN_ID,
    sectionCode: 'III.7',
    title: 'Hướng dẫn, kiểm tra chất lượng sản phẩm dược liệu',
    lead: TTYT,
    cooperating: [HUU_LE],
    dueDate: null,
    dueQuarter: '2020-Q3',
    due: '2020-09-30',
    deadlineFlag: null,
    recurrence: 'once',
    seriesId: null,
    period: null,
    status: 'in_progress',
    priority: 'normal',
    targetId: TARGET_ID,
    product: null,
    dossier: { id: '0c0b2020-0000-4000-8000-0000000000d1', productName: 'Trà hoa vàng' },
    reportedPercent: 20,
    acceptedPercent: 20,
    pendingReview: false,
    reviewId: null,
    version: 4,
    ...overrides,
  };
}

/** The TTYT duty in progress at version 4, 20 % accepted, nothing waiting for review. */
export function task(overrides: Partial<TaskDetail> = {}): TaskDetail {
  return {
    ...summary(),
    description: 'Hướng dẫn các chủ thể về tiêu chuẩn chất lượng sản phẩm thảo dược.',
    plan: { id: PLAN_ID, title: 'Kế hoạch OCOP huyện Văn Quan năm 2020', year: 2020, unitCode: '184' },
    reports: [
      report({
        percent: 20,
        review: 'accepted',
        reviewedBy: 'Nguyễn Văn Nông',
        reviewedAt: '2020-05-02T03:00:00Z',
      }),
    ],
    comments: [],
    occurrences: [],
    returnReason: null,
    timeline: [],
    ...overrides,
  };
}

/** The task with a 50 % report waiting for the standing unit's review. */
export function pendingTask(overrides: Partial<TaskDetail> = {}): TaskDetail {
  const pending = report();
  return task({
    pendingReview: true,
    reportedPercent: 50,
    reports: [pending, ...task().reports.map((r) => ({ ...r, id: '0c0b2020-0000-4000-8000-0000000000e0' }))],
    ...overrides,
  });
}

export const TTYT_OFFICER: Me = {
  username: 'vq.yte',
  name: 'Hoàng Thị Y',
  roles: ['department-officer'],
  district: { code: '184', name: 'Huyện Văn Quan' },
  commune: null,
  department: { code: 'TTYT', name: 'Trung tâm Y tế huyện' },
  modules: ['dossier', 'tasks'],
};

export const DISTRICT_OFFICER: Me = {
  username: 'vq.nongnghiep',
  name: 'Nguyễn Văn Nông',
  roles: ['district-officer'],
  district: { code: '184', name: 'Huyện Văn Quan' },
  commune: null,
  department: { code: 'NNPTNT', name: 'Phòng Nông nghiệp và Phát triển nông thôn' },
  modules: ['dossier', 'tasks'],
};

export const COMMUNE_OFFICER: Me = {
  username: 'xa.huule',
  name: 'Vi Văn Em',
  roles: ['commune-officer'],
  district: { code: '184', name: 'Huyện Văn Quan' },
  commune: { code: '06322', name: 'Xã Hữu Lễ' },
  department: null,
  modules: ['dossier', 'tasks'],
};

export const PROVINCE_OFFICER: Me = {
  username: 'so.nongnghiep',
  name: 'Lê Văn Sở',
  roles: ['province-officer'],
  district: null,
  commune: null,
  department: null,
  modules: ['dossier', 'tasks'],
};
