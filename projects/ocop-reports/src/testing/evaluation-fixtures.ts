// Records as the evaluation API sends them, for the pages' specs (free of jasmine, so the app's type check
// can include it). The Văn Quan council and its 2021 session for "Tinh dầu hồi Văn Quan" (design, demo data).
import {
  Council,
  CouncilMember,
  CouncilSession,
  DossierScores,
  DossierSummary,
  scoreResultOf,
  SessionAgendaItem,
  SessionMinutes,
  SessionSummary,
} from '@ocop/domain';

export const COUNCIL_ID = 'c0c0c000-0000-4000-8000-000000000184';
export const SESSION_ID = '5e550000-0000-4000-8000-000000002021';
export const OTHER_SESSION_ID = '5e550000-0000-4000-8000-000000002020';
export const TINH_DAU_ID = 'd0551e00-0000-4000-8000-000000000002';
export const RUOU_ID = 'd0551e00-0000-4000-8000-000000000001';

const member = (
  n: number,
  fullName: string,
  position: CouncilMember['position'],
  title: string,
  username: string | null,
): CouncilMember => ({
  id: `3e3be000-0000-4000-8000-00000000000${n}`,
  fullName,
  position,
  title,
  username,
});

export const CHAIR = member(1, 'Nguyễn Văn Thắng', 'chair', 'Phó Chủ tịch UBND huyện', null);
export const SECRETARY = member(
  2,
  'Hoàng Văn Cường',
  'secretary',
  'Chuyên viên Phòng NN&PTNT',
  'vq.nongnghiep',
);
export const MEMBER_1 = member(3, 'Lý Thị Hoa', 'member', 'Trưởng phòng Kinh tế và Hạ tầng', 'hoidong.1');
export const MEMBER_2 = member(4, 'Vy Văn Bình', 'member', 'Phó trưởng phòng Y tế', 'hoidong.2');
export const MEMBER_3 = member(
  5,
  'Hoàng Thị Mai',
  'member',
  'Chuyên viên Phòng Tài nguyên và Môi trường',
  'hoidong.3',
);

export const COUNCIL: Council = {
  id: COUNCIL_ID,
  level: 'district',
  unitCode: '184',
  name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Văn Quan',
  decisionNumber: '215/QĐ-UBND',
  decisionDate: '2020-03-20',
  termFrom: '2020-03-20',
  termTo: null,
  members: [CHAIR, SECRETARY, MEMBER_1, MEMBER_2, MEMBER_3],
  version: 3,
};

export const ATTENDEES = [MEMBER_1, MEMBER_2, MEMBER_3];

export function agendaItem(overrides: Partial<SessionAgendaItem> = {}): SessionAgendaItem {
  return {
    dossierId: TINH_DAU_ID,
    product: { id: 'p0000000-0000-4000-8000-000000000002', name: 'Tinh dầu hồi Văn Quan' },
    producer: { id: 'b0000000-0000-4000-8000-000000000002', name: 'HTX Hồi Văn Quan' },
    commune: { code: '06253', name: 'Thị trấn Văn Quan' },
    criteriaSet: '1048',
    subgroupCode: '22',
    sheetTitle: 'Phiếu đánh giá nhóm Thảo dược khác',
    submitted: 0,
    expected: 3,
    mySheet: null,
    result: null,
    forwarded: null,
    ...overrides,
  };
}

/** Two members in, far apart: 76 and 63,5 → mean 69,75 (3 stars), spread 12,50 (flagged). */
export const FLAGGED_RESULT = scoreResultOf([76, 63.5])!;
/** Three members in, close together: 76, 74, 79 → 76,33, 4 stars. */
export const FINAL_RESULT = scoreResultOf([76, 74, 79])!;

export function session(overrides: Partial<CouncilSession> = {}): CouncilSession {
  return {
    id: SESSION_ID,
    council: { id: COUNCIL_ID, name: COUNCIL.name, level: 'district', unitCode: '184' },
    title: 'Phiên họp đánh giá sản phẩm OCOP đợt 1 năm 2021',
    date: '2021-01-15',
    place: 'Phòng họp UBND huyện Văn Quan',
    status: 'open',
    closedAt: null,
    closedBy: null,
    attendees: ATTENDEES,
    agenda: [agendaItem()],
    canManage: true,
    version: 4,
    ...overrides,
  };
}

export function sessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: SESSION_ID,
    council: { id: COUNCIL_ID, name: COUNCIL.name, level: 'district', unitCode: '184' },
    title: 'Phiên họp đánh giá sản phẩm OCOP đợt 1 năm 2021',
    date: '2021-01-15',
    place: 'Phòng họp UBND huyện Văn Quan',
    status: 'open',
    dossierCount: 1,
    attendeeCount: 3,
    mySheetsToDo: null,
    ...overrides,
  };
}

export function dossierScores(totals: (number | null)[]): DossierScores {
  const submitted = totals.filter((t): t is number => t !== null);
  return {
    sessionId: SESSION_ID,
    dossierId: TINH_DAU_ID,
    members: ATTENDEES.map((m, i) => ({
      member: m,
      status: totals[i] === null ? 'draft' : 'submitted',
      total: totals[i] ?? null,
      parts: null,
      answers: null,
      submittedAt: totals[i] === null ? null : '2021-01-15T03:00:00Z',
    })),
    result: scoreResultOf(submitted),
  };
}

export function dossierSummary(id: string, name: string, districtCode = '184'): DossierSummary {
  return {
    id,
    product: { id: `p-${id}`, name, productGroup: { code: '22', name: 'Thảo dược khác' } },
    producer: { id: `b-${id}`, name: `Chủ thể của ${name}`, type: 'hop-tac-xa' },
    commune: { code: '06253', name: 'Thị trấn Văn Quan' },
    districtCode,
    workflowId: 'district-1048',
    criteriaSet: '1048',
    registrationKind: 'first-time',
    roundYear: 2020,
    targetQuarter: null,
    state: 'accepted',
    stateSince: '2020-12-01T00:00:00Z',
    deadline: null,
    deadlineFlag: null,
    checklist: { missing: 0, provided: 10, returned: 0, total: 10 },
    version: 5,
    updatedAt: '2020-12-01T00:00:00Z',
  };
}

export function minutes(overrides: Partial<SessionMinutes> = {}): SessionMinutes {
  const closed = session({
    status: 'closed',
    closedAt: '2021-01-15T09:30:00Z',
    closedBy: 'vq.nongnghiep',
    agenda: [agendaItem({ submitted: 3, result: FINAL_RESULT, forwarded: true })],
  });
  return {
    session: closed,
    council: COUNCIL,
    rows: [
      {
        dossierId: TINH_DAU_ID,
        product: 'Tinh dầu hồi Văn Quan',
        producer: 'HTX Hồi Văn Quan',
        commune: 'Thị trấn Văn Quan',
        sheetTitle: 'Phiếu đánh giá nhóm Thảo dược khác',
        memberTotals: ATTENDEES.map((m, i) => ({
          memberId: m.id,
          fullName: m.fullName,
          total: [76, 74, 79][i]!,
        })),
        mean: FINAL_RESULT.mean,
        spread: FINAL_RESULT.spread,
        stars: FINAL_RESULT.stars,
        forwarded: true,
      },
    ],
    spreadNote: null,
    ...overrides,
  };
}
