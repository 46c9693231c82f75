import type { WorkflowDefinition } from './workflow-definition';

/**
 * Calendar days the district standing unit (Phòng NN&PTNT) has to check a (re)submitted dossier.
 * ⚠ No statutory limit was found for receiving or checking dossiers (ocop-reference §4.2: "CHƯA XÁC NHẬN"),
 * so this is a working value of about two working weeks, and it is data: a province changes it here (or in
 * a stored definition), not in the engine.
 */
export const DISTRICT_CHECK_DAYS = 14;

/**
 * The district regime of QĐ 1048 (kept by QĐ 148 until 06/07/2025): the commune office prepares the dossier
 * with the producer and sends it to the district, which returns it for supplementation or accepts it for
 * evaluation. The district council scores it; closing the session forwards 3★ or more (50 points and more)
 * to the province or not; the province records its result and certifies 3–4★ (ocop-reference §1.4). Those
 * steps are `performedBy` the evaluation routes, never by a button on the dossier.
 */
export const DISTRICT_REGIME_1048: WorkflowDefinition = {
  id: 'district-1048',
  name: 'Quy trình cấp huyện (QĐ 1048/QĐ-TTg)',
  initialState: 'draft',
  states: [
    {
      id: 'draft',
      name: 'Đang chuẩn bị',
      checklistEditors: { roles: ['commune-officer'], scope: 'commune' },
    },
    { id: 'submitted', name: 'Đã gửi huyện', deadlineDays: DISTRICT_CHECK_DAYS },
    {
      id: 'returned',
      name: 'Trả lại để bổ sung',
      deadlineSetByActor: true,
      checklistEditors: { roles: ['commune-officer'], scope: 'commune' },
    },
    { id: 'resubmitted', name: 'Đã nộp lại', deadlineDays: DISTRICT_CHECK_DAYS },
    { id: 'accepted', name: 'Đã tiếp nhận để đánh giá' },
    { id: 'forwarded', name: 'Đã chuyển cấp tỉnh' },
    { id: 'not-forwarded', name: 'Không đủ điểm chuyển cấp tỉnh', terminal: true },
    { id: 'certified', name: 'Đã công nhận sản phẩm OCOP', terminal: true },
    { id: 'not-certified', name: 'Không được công nhận ở cấp tỉnh', terminal: true },
    { id: 'withdrawn', name: 'Đã rút', terminal: true },
  ],
  actions: [
    {
      id: 'submit',
      name: 'Gửi huyện',
      from: ['draft'],
      to: 'submitted',
      roles: ['commune-officer'],
      scope: 'commune',
      requires: ['mandatory-items-present'],
    },
    {
      id: 'return',
      name: 'Trả lại để bổ sung',
      from: ['submitted', 'resubmitted'],
      to: 'returned',
      roles: ['district-officer'],
      scope: 'district',
      requires: ['reason-per-returned-item', 'deadline-given'],
    },
    {
      id: 'resubmit',
      name: 'Nộp lại',
      from: ['returned'],
      to: 'resubmitted',
      roles: ['commune-officer'],
      scope: 'commune',
      requires: ['mandatory-items-present'],
    },
    {
      id: 'accept',
      name: 'Tiếp nhận',
      from: ['submitted', 'resubmitted'],
      to: 'accepted',
      roles: ['district-officer'],
      scope: 'district',
      // The district accepts only a complete dossier (brief §5: a missing mandatory item blocks acceptance).
      requires: ['mandatory-items-present'],
    },
    {
      id: 'forward',
      name: 'Chuyển cấp tỉnh',
      from: ['accepted'],
      to: 'forwarded',
      roles: ['district-officer'],
      scope: 'district',
      performedBy: 'session-close',
    },
    {
      id: 'not-forward',
      name: 'Không chuyển cấp tỉnh',
      from: ['accepted'],
      to: 'not-forwarded',
      roles: ['district-officer'],
      scope: 'district',
      performedBy: 'session-close',
    },
    {
      id: 'certify',
      name: 'Công nhận kết quả cấp tỉnh',
      from: ['forwarded'],
      to: 'certified',
      roles: ['province-officer'],
      scope: 'province',
      performedBy: 'province-result',
    },
    {
      id: 'not-certify',
      name: 'Không công nhận ở cấp tỉnh',
      from: ['forwarded'],
      to: 'not-certified',
      roles: ['province-officer'],
      scope: 'province',
      performedBy: 'province-result',
    },
    {
      id: 'withdraw',
      name: 'Rút hồ sơ',
      from: ['draft', 'submitted', 'returned', 'resubmitted'],
      to: 'withdrawn',
      roles: ['commune-officer', 'district-officer'],
      scope: { 'commune-officer': 'commune', 'district-officer': 'district' },
    },
  ],
};
