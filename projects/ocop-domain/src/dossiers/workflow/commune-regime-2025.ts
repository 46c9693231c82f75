import type { WorkflowDefinition } from './workflow-definition';

/**
 * Calendar days the provincial standing office has to check a (re)submitted dossier.
 * ⚠ Neither QĐ 148 nor QĐ 1489 was found to set one (ocop-reference §4.2 and §9), so this is a working value,
 * kept as data like DISTRICT_CHECK_DAYS.
 */
export const PROVINCE_CHECK_DAYS = 14;

/**
 * The 2025 regime (QĐ 1489/QĐ-TTg, from 06/07/2025): local government has no district level, so the commune
 * (UBND xã) receives the producer's dossier and proposes it directly to the province, whose standing office
 * checks, returns or accepts it for the provincial council.
 *
 * ⚠ Unconfirmed (ocop-reference §2.4, §6.4, §9): the exact commune-level tasks of QĐ 1489 (the summary breaks
 * off), any deadlines, and the name of Lạng Sơn's post-2025 provincial office. That the checking is done by a
 * `province-officer` is our inference from "the province evaluates 3 and 4 sao".
 */
export const COMMUNE_REGIME_2025: WorkflowDefinition = {
  id: 'commune-1489',
  name: 'Quy trình xã – tỉnh (QĐ 1489/QĐ-TTg, 2025)',
  initialState: 'draft',
  states: [
    {
      id: 'draft',
      name: 'Đang chuẩn bị',
      checklistEditors: { roles: ['commune-officer'], scope: 'commune' },
    },
    { id: 'submitted', name: 'Đã gửi tỉnh', deadlineDays: PROVINCE_CHECK_DAYS },
    {
      id: 'returned',
      name: 'Trả lại để bổ sung',
      deadlineSetByActor: true,
      checklistEditors: { roles: ['commune-officer'], scope: 'commune' },
    },
    { id: 'resubmitted', name: 'Đã nộp lại', deadlineDays: PROVINCE_CHECK_DAYS },
    { id: 'accepted', name: 'Đã tiếp nhận để đánh giá' },
    { id: 'withdrawn', name: 'Đã rút', terminal: true },
  ],
  actions: [
    {
      id: 'submit',
      name: 'Gửi tỉnh',
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
      roles: ['province-officer'],
      scope: 'province',
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
      roles: ['province-officer'],
      scope: 'province',
      requires: ['mandatory-items-present'],
    },
    {
      id: 'withdraw',
      name: 'Rút hồ sơ',
      from: ['draft', 'submitted', 'returned', 'resubmitted'],
      to: 'withdrawn',
      roles: ['commune-officer', 'province-officer'],
      scope: { 'commune-officer': 'commune', 'province-officer': 'province' },
    },
  ],
};
