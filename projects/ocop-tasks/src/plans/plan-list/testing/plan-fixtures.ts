import { Plan, PlanDetail, RollupRow, TaskSummary, TaskUnit } from '@ocop/domain';
import { HUU_LE, NNPTNT, PLAN_ID, task, TTYT } from '../../../my-tasks/testing/task-fixtures';

/** Test-only: the Văn Quan 2020 plan, its tasks and roll-ups as the tasks API answers them. */

export { HUU_LE, NNPTNT, PLAN_ID, TTYT };

export const PLAN_2019_ID = '0b1a0000-0000-4000-8000-000000002019';
export const PLAN_2021_ID = '0b1a0000-0000-4000-8000-000000002021';
export const CAO_LOC_PLAN_ID = '0b1a0000-0000-4000-8000-000000183020';
export const TARGET_1 = 'a1000000-0000-4000-8000-000000000001';
export const TARGET_2 = 'a1000000-0000-4000-8000-000000000002';
export const DOSSIER_ID = '0d0c2019-0000-4000-8000-000000000001';
export const PRODUCT_ID = '0a0b2019-0000-4000-8000-000000000001';

export const HTX: TaskUnit = {
  kind: 'producer',
  code: '9b000000-0000-4000-8000-000000000001',
  name: 'HTX Văn Quan Xanh',
  communeCode: '06253',
};

export const PLAN_2020: PlanDetail = {
  id: PLAN_ID,
  unit: { code: '184', name: 'Huyện Văn Quan' },
  year: 2020,
  number: '45/KH-UBND',
  title: 'Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm huyện Văn Quan năm 2020',
  issuedOn: '2020-01-15',
  version: 2,
  legalBases: [
    'Căn cứ Quyết định số 1048/QĐ-TTg ngày 21/8/2019 của Thủ tướng Chính phủ;',
    'Căn cứ Nghị quyết số 08/2019/NQ-HĐND của HĐND tỉnh Lạng Sơn;',
  ],
  purposes: ['Đẩy mạnh cơ cấu kinh tế, thực hiện tái cơ cấu ngành nông nghiệp.'],
  requirements: ['Tạo sự nhận thức trong hệ thống chính trị từ huyện đến cơ sở.'],
  fundingSources: ['Nguồn vốn từ Trung ương, tỉnh, huyện.', 'Nguồn vốn vay ưu đãi.'],
  sections: [
    { code: 'III.3', title: 'Phòng Nông nghiệp và Phát triển nông thôn' },
    { code: 'III.7', title: 'Trung tâm Y tế' },
    { code: 'III.11', title: 'UBND các xã, thị trấn' },
  ],
  targets: [
    {
      id: TARGET_1,
      code: 'MT1',
      title: 'Hoàn thiện hồ sơ Rượu men lá Hữu Lễ',
      indicator: '01 hồ sơ được hoàn thiện, nộp tỉnh',
      quantity: 1,
      measure: 'hồ sơ',
      dueQuarter: '2020-Q1',
      productId: PRODUCT_ID,
      dossierId: DOSSIER_ID,
    },
    {
      id: TARGET_2,
      code: 'MT2',
      title: 'Phát triển 01 sản phẩm mới',
      indicator: '01 sản phẩm được đánh giá',
      quantity: 1,
      measure: 'sản phẩm',
      dueQuarter: '2020-Q4',
      productId: null,
      dossierId: null,
    },
  ],
  signer: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân',
  copiedFromId: PLAN_2019_ID,
};

export function planSummary(plan: PlanDetail | Plan): Plan {
  const { id, unit, year, number, title, issuedOn, version } = plan;
  return { id, unit, year, number, title, issuedOn, version };
}

export const PLAN_2019: Plan = {
  id: PLAN_2019_ID,
  unit: { code: '184', name: 'Huyện Văn Quan' },
  year: 2019,
  number: '202/KH-UBND',
  title: 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2019',
  issuedOn: '2019-11-14',
  version: 1,
};

export const CAO_LOC_2020: Plan = {
  id: CAO_LOC_PLAN_ID,
  unit: { code: '183', name: 'Huyện Cao Lộc' },
  year: 2020,
  number: null,
  title: 'Kế hoạch OCOP huyện Cao Lộc năm 2020',
  issuedOn: null,
  version: 1,
};

/** One task per case the views must place: a day in Q1, a quarter (Q3), an occurrence (Q2), no date. */
export const TASKS: TaskSummary[] = [
  task(1, 'Hướng dẫn chủ thể hoàn thiện hồ sơ Rượu men lá', {
    sectionCode: 'III.3',
    lead: NNPTNT,
    cooperating: [HUU_LE],
    dueDate: '2020-03-15',
    dueQuarter: null,
    due: '2020-03-15',
    status: 'accepted',
    reportedPercent: 100,
    acceptedPercent: 100,
    targetId: TARGET_1,
  }),
  task(2, 'Sơ kết quý, báo cáo Ban Chỉ đạo', {
    sectionCode: 'III.3',
    lead: NNPTNT,
    dueDate: null,
    dueQuarter: null,
    due: '2020-06-30',
    recurrence: 'quarterly',
    seriesId: 'a5e00000-0000-4000-8000-000000000001',
    period: '2020-Q2',
    status: 'in_progress',
    deadlineFlag: 'overdue',
    reportedPercent: 50,
    acceptedPercent: null,
    pendingReview: true,
  }),
  task(3, 'Hướng dẫn an toàn thực phẩm sản phẩm thảo dược', {
    sectionCode: 'III.7',
    lead: TTYT,
    cooperating: [HTX, HUU_LE],
    dueDate: null,
    dueQuarter: '2020-Q3',
    due: '2020-09-30',
    status: 'returned',
    reportedPercent: 50,
    acceptedPercent: 0,
    targetId: TARGET_2,
  }),
  task(4, 'Tuyên truyền về Chương trình OCOP trên địa bàn xã', {
    sectionCode: 'III.11',
    lead: HUU_LE,
    dueDate: null,
    dueQuarter: null,
    due: null,
    status: 'assigned',
  }),
];

export const ROLLUPS: RollupRow[] = [
  {
    kind: 'plan',
    key: PLAN_ID,
    label: PLAN_2020.title,
    counted: 4,
    cancelled: 0,
    accepted: 1,
    acceptedValues: [100, 0, 0, 0],
    acceptedMean: 25,
    reportedValues: [100, 50, 50, 0],
    reportedMean: 50,
  },
  {
    kind: 'target',
    key: TARGET_1,
    label: 'MT1. Hoàn thiện hồ sơ Rượu men lá Hữu Lễ',
    counted: 1,
    cancelled: 0,
    accepted: 1,
    acceptedValues: [100],
    acceptedMean: 100,
    reportedValues: [100],
    reportedMean: 100,
  },
  {
    kind: 'target',
    key: TARGET_2,
    label: 'MT2. Phát triển 01 sản phẩm mới',
    counted: 1,
    cancelled: 1,
    accepted: 0,
    acceptedValues: [0],
    acceptedMean: 0,
    reportedValues: [50],
    reportedMean: 50,
  },
  {
    kind: 'unit',
    key: 'department:TTYT',
    label: 'Trung tâm Y tế',
    counted: 1,
    cancelled: 0,
    accepted: 0,
    acceptedValues: [0],
    acceptedMean: 0,
    reportedValues: [50],
    reportedMean: 50,
  },
];
