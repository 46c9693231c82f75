import {
  certificateExpiry,
  checklistFor,
  criteriaSheetFor,
  forwardsToProvince,
  scoreResultOf,
  scoreSheet,
  starsFor,
  type CriteriaSheet,
  type ScoreResult,
} from '@ocop/domain';
import type { Queryable } from '../db/db';
import {
  HUU_LE_DOSSIER_ID,
  insertEvents,
  STAR_ANISE_DOSSIER_ID,
  VQ_NONG_NGHIEP,
  XA_VAN_QUAN,
  type DemoActor,
  type DemoEvent,
} from './demo-dossiers';
import { demoAnswers } from './demo-evaluation-sheets';

/**
 * The evaluation history of the demo (issue 7): the Văn Quan district council; its 2020 session that scored
 * "Rượu men lá Hữu Lễ" to 3★, forwarded it, and the province's certificate of 22/05/2020 (the real result
 * was announced that day); then "Tinh dầu hồi Văn Quan" submitted and accepted in late 2020 and put on the
 * agenda of a session of 15/01/2021. Its scores, the session's close and the province's 4★ of 28/01/2021 are a
 * data set of their own, so an end-to-end test can skip it (OCOP_DEMO_DATA_SKIP) and play that part itself.
 * Every total and result is computed by @ocop/domain (scoreSheet, scoreResultOf, starsFor), never typed in.
 */

export const DEMO_EVALUATION_DATA_SET = 'van-quan-evaluation';
export const DEMO_EVALUATION_SCORES_DATA_SET = 'van-quan-evaluation-2021-scores';

const id = (n: number) => `0c0b2020-0000-4000-8000-000000000${n}`;
export const VAN_QUAN_COUNCIL_ID = id(401);
export const SESSION_2020_ID = id(421);
export const SESSION_2021_ID = id(422);
const CERTIFICATE_HUU_LE_ID = id(431);
const CERTIFICATE_STAR_ANISE_ID = id(432);

const COUNCIL = {
  name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Văn Quan',
  decisionNumber: '312/QĐ-UBND',
  decisionDate: '2020-03-25',
};

interface DemoMember {
  id: string;
  fullName: string;
  position: 'chair' | 'vice-chair' | 'member' | 'secretary';
  title: string;
  username: string | null;
}

// Names of the members with accounts as keycloak/realm.mjs gives them (family name first).
export const COUNCIL_MEMBERS: readonly DemoMember[] = [
  {
    id: id(411),
    fullName: 'Lương Văn Tiến',
    position: 'chair',
    title: 'Phó Chủ tịch UBND huyện Văn Quan',
    username: null,
  },
  {
    id: id(412),
    fullName: 'Vy Thị Lan',
    position: 'vice-chair',
    title: 'Trưởng phòng Nông nghiệp và Phát triển nông thôn',
    username: null,
  },
  {
    id: id(413),
    fullName: 'Đinh Thị Giang',
    position: 'member',
    title: 'Phó Trưởng phòng Kinh tế và Hạ tầng',
    username: 'hoidong.1',
  },
  {
    id: id(414),
    fullName: 'Mông Văn Hải',
    position: 'member',
    title: 'Phó Giám đốc Trung tâm Y tế huyện',
    username: 'hoidong.2',
  },
  {
    id: id(415),
    fullName: 'Hà Thị Khánh',
    position: 'member',
    title: 'Chuyên viên Phòng Tài chính - Kế hoạch',
    username: 'hoidong.3',
  },
  {
    id: id(416),
    fullName: VQ_NONG_NGHIEP.name,
    position: 'secretary',
    title: 'Chuyên viên Phòng Nông nghiệp và Phát triển nông thôn',
    username: VQ_NONG_NGHIEP.username,
  },
];
/** The members who score: hoidong.1, .2 and .3. */
const SCORING_MEMBERS = COUNCIL_MEMBERS.filter((m) => m.position === 'member');

const SO_NONG_NGHIEP: DemoActor = {
  username: 'so.nongnghiep',
  name: 'Trần Thị Bình',
  roles: 'province-officer',
  districtCode: null,
  communeCode: null,
  departmentCode: null,
};

interface DemoSession {
  id: string;
  title: string;
  date: string;
  /** When the secretary closed it (UTC). */
  closedAt: string;
  dossierId: string;
  sheet: CriteriaSheet;
  /** Each scoring member's total, in SCORING_MEMBERS order. */
  totals: readonly number[];
  province: {
    decisionNumber: string;
    date: string;
    certificateId: string;
    certificateNumber: string;
    recordedAt: string;
  };
}

function sheetOf(subgroupCode: string): CriteriaSheet {
  const sheet = criteriaSheetFor('1048', subgroupCode);
  if (sheet === null) throw new Error(`the demo needs the 1048 sheet of sub-group ${subgroupCode}`);
  return sheet;
}

export const SESSION_2020: DemoSession = {
  id: SESSION_2020_ID,
  title: 'Phiên họp đánh giá, phân hạng sản phẩm OCOP năm 2020',
  date: '2020-05-08',
  closedAt: '2020-05-08T09:30:00Z',
  dossierId: HUU_LE_DOSSIER_ID,
  sheet: sheetOf('15'),
  totals: [64, 61, 63],
  province: {
    decisionNumber: '925/QĐ-UBND',
    date: '2020-05-22',
    certificateId: CERTIFICATE_HUU_LE_ID,
    certificateNumber: '01/2020/GCN-OCOP',
    recordedAt: '2020-05-22T08:00:00Z',
  },
};

export const SESSION_2021: DemoSession = {
  id: SESSION_2021_ID,
  title: 'Phiên họp đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2021',
  date: '2021-01-15',
  closedAt: '2021-01-15T09:00:00Z',
  dossierId: STAR_ANISE_DOSSIER_ID,
  sheet: sheetOf('22'),
  totals: [76, 74, 79],
  province: {
    decisionNumber: '168/QĐ-UBND',
    date: '2021-01-28',
    certificateId: CERTIFICATE_STAR_ANISE_ID,
    certificateNumber: '03/2021/GCN-OCOP',
    recordedAt: '2021-01-28T08:00:00Z',
  },
};

/** The session's result, as closing it computes it. */
export function demoResultOf(session: DemoSession): ScoreResult {
  const result = scoreResultOf(session.totals);
  if (result === null) throw new Error('a demo session scores every dossier');
  return result;
}

/** The council, the 2020 session with its scores and certificate, and the 2021 session still open. */
export async function loadDemoEvaluation(tx: Queryable): Promise<void> {
  await insertCouncil(tx);

  // Hữu Lễ: accepted after its resubmission, then scored, forwarded and certified.
  await insertEvents(tx, HUU_LE_DOSSIER_ID, [
    {
      at: '2020-04-02T02:30:00Z',
      actor: VQ_NONG_NGHIEP,
      action: 'accept',
      from: { state: 'resubmitted' },
      to: { state: 'accepted', deadline: null },
      comment: 'Hồ sơ đầy đủ; đưa vào phiên họp đánh giá của Hội đồng huyện.',
    },
  ]);
  await moveDossier(tx, HUU_LE_DOSSIER_ID, 'accepted', '2020-04-02T02:30:00Z', 1);
  await insertSession(tx, SESSION_2020);
  await scoreAndClose(tx, SESSION_2020);
  await certify(tx, SESSION_2020);

  // Tinh dầu hồi: the rest of its checklist, submitted, accepted, on the agenda of the 2021 session.
  const starAniseEvents = starAniseToAcceptance();
  await insertEvents(tx, STAR_ANISE_DOSSIER_ID, starAniseEvents);
  for (const event of starAniseEvents.filter((e) => e.action === 'item-update')) {
    const { itemId } = event.to as { itemId: string };
    await tx.query(
      `insert into dossier_items (dossier_id, item_id, status) values ($1, $2, 'provided')
       on conflict (dossier_id, item_id) do update set status = 'provided'`,
      [STAR_ANISE_DOSSIER_ID, itemId],
    );
  }
  const accepted = starAniseEvents.at(-1)?.at ?? '';
  await moveDossier(tx, STAR_ANISE_DOSSIER_ID, 'accepted', accepted, starAniseEvents.length);
  await insertSession(tx, SESSION_2021);
}

/** The 2021 session's sheets, its close and the province's 4★ certificate for Tinh dầu hồi. */
export async function loadDemoEvaluationScores(tx: Queryable): Promise<void> {
  await scoreAndClose(tx, SESSION_2021);
  await certify(tx, SESSION_2021);
}

async function insertCouncil(tx: Queryable): Promise<void> {
  await tx.query(
    `insert into councils (id, level, unit_code, name, decision_number, decision_date, term_from, created_at,
                           updated_at)
     values ($1, 'district', '184', $2, $3, $4::date, $4::date, $4::timestamptz, $4::timestamptz)
     on conflict do nothing`,
    [VAN_QUAN_COUNCIL_ID, COUNCIL.name, COUNCIL.decisionNumber, COUNCIL.decisionDate],
  );
  for (const [sort, member] of COUNCIL_MEMBERS.entries()) {
    await tx.query(
      `insert into council_members (id, council_id, full_name, position, title, username, sort)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict do nothing`,
      [member.id, VAN_QUAN_COUNCIL_ID, member.fullName, member.position, member.title, member.username, sort],
    );
  }
}

async function insertSession(tx: Queryable, session: DemoSession): Promise<void> {
  await tx.query(
    `insert into council_sessions (id, council_id, title, session_date, place, created_at)
     values ($1, $2, $3, $4::date, 'Hội trường UBND huyện Văn Quan', $4::timestamptz - interval '10 days')
     on conflict do nothing`,
    [session.id, VAN_QUAN_COUNCIL_ID, session.title, session.date],
  );
  for (const member of SCORING_MEMBERS) {
    await tx.query(
      'insert into session_attendees (session_id, member_id) values ($1, $2) on conflict do nothing',
      [session.id, member.id],
    );
  }
  await tx.query(
    'insert into session_dossiers (session_id, dossier_id, sort) values ($1, $2, 0) on conflict do nothing',
    [session.id, session.dossierId],
  );
}

/** The members' submitted sheets, the result on the agenda, the session closed and the dossier forwarded. */
async function scoreAndClose(tx: Queryable, session: DemoSession): Promise<void> {
  for (const [index, member] of SCORING_MEMBERS.entries()) {
    const answers = demoAnswers(session.sheet, session.totals[index] ?? 0, index);
    const score = scoreSheet(session.sheet, answers);
    await tx.query(
      `insert into score_sheets (session_id, dossier_id, member_id, answers, total, parts, status, submitted_at,
                                 updated_at)
       values ($1, $2, $3, $4::jsonb, $5, $6::jsonb, 'submitted', $7::timestamptz, $7::timestamptz)`,
      [
        session.id,
        session.dossierId,
        member.id,
        JSON.stringify(answers),
        score.total,
        JSON.stringify(score.parts.map((p) => ({ code: p.code, score: p.score }))),
        // Submitted one after the other during the morning of the session.
        `${session.date}T0${3 + index}:15:00Z`,
      ],
    );
  }
  const result = demoResultOf(session);
  const forwarded = forwardsToProvince('1048', result.mean);
  await tx.query(
    `update session_dossiers set mean = $3, spread = $4, stars = $5, forwarded = $6
     where session_id = $1 and dossier_id = $2`,
    [session.id, session.dossierId, result.mean, result.spread, result.stars, forwarded],
  );
  await tx.query(
    `update council_sessions set status = 'closed', closed_at = $2::timestamptz, closed_by = $3,
            version = version + 1
     where id = $1`,
    [session.id, session.closedAt, VQ_NONG_NGHIEP.username],
  );
  await insertEvents(
    tx,
    session.id,
    [
      {
        at: session.closedAt,
        actor: VQ_NONG_NGHIEP,
        action: 'close',
        from: { status: 'open', version: 1 },
        to: {
          status: 'closed',
          results: [
            { dossierId: session.dossierId, mean: result.mean, spread: result.spread, stars: result.stars },
          ],
        },
      },
    ],
    'council-session',
  );
  await insertEvents(tx, session.dossierId, [
    {
      at: session.closedAt,
      actor: VQ_NONG_NGHIEP,
      action: forwarded ? 'forward' : 'not-forward',
      from: { state: 'accepted' },
      to: {
        state: forwarded ? 'forwarded' : 'not-forwarded',
        deadline: null,
        sessionId: session.id,
        mean: result.mean,
        stars: result.stars,
      },
      comment: `${COUNCIL.name}: ${session.title}`,
    },
  ]);
  await moveDossier(tx, session.dossierId, forwarded ? 'forwarded' : 'not-forwarded', session.closedAt, 1);
}

/** The province's result (the district's mean confirmed) and the certificate issued on the decision's day. */
async function certify(tx: Queryable, session: DemoSession): Promise<void> {
  const score = demoResultOf(session).mean;
  const stars = starsFor(score);
  const { province } = session;
  const certificate = {
    number: province.certificateNumber,
    issuedOn: province.date,
    expiresOn: certificateExpiry(province.date),
  };
  await tx.query(
    `insert into province_results (dossier_id, score, stars, decision_number, decision_date, recorded_by, recorded_at)
     values ($1, $2, $3, $4, $5::date, $6, $7::timestamptz)`,
    [
      session.dossierId,
      score,
      stars,
      province.decisionNumber,
      province.date,
      SO_NONG_NGHIEP.username,
      province.recordedAt,
    ],
  );
  await tx.query(
    `insert into certificates (id, dossier_id, product_id, stars, number, decision_number, decision_date, issued_on,
                               expires_on, created_at)
     select $1, d.id, d.product_id, $3, $4, $5, $6::date, $6::date, $7::date, $8::timestamptz
     from dossiers d where d.id = $2`,
    [
      province.certificateId,
      session.dossierId,
      stars,
      certificate.number,
      province.decisionNumber,
      province.date,
      certificate.expiresOn,
      province.recordedAt,
    ],
  );
  await insertEvents(tx, session.dossierId, [
    {
      at: province.recordedAt,
      actor: SO_NONG_NGHIEP,
      action: 'certify',
      from: { state: 'forwarded' },
      to: {
        state: 'certified',
        deadline: null,
        score,
        stars,
        decisionNumber: province.decisionNumber,
        decisionDate: province.date,
        certificate,
      },
      comment: `Quyết định số ${province.decisionNumber}`,
    },
  ]);
  await moveDossier(tx, session.dossierId, 'certified', province.recordedAt, 1);
}

/** The dossier in `state` since `at`, its version raised by the `changes` the events record. */
async function moveDossier(tx: Queryable, dossierId: string, state: string, at: string, changes: number) {
  await tx.query(
    `update dossiers set state = $2, state_since = $3::timestamptz, state_deadline = null,
            version = version + $4, updated_at = $3::timestamptz
     where id = $1`,
    [dossierId, state, at, changes],
  );
}

/** Tinh dầu hồi's remaining mandatory items (Sept–Oct 2020), its submission and the district's acceptance. */
function starAniseToAcceptance(): DemoEvent[] {
  const alreadyProvided = ['phieu-dang-ky-san-pham', 'gioi-thieu-bo-may-to-chuc'];
  const remaining = checklistFor('1048', '22', 'first-time', { hasBusinessRegistration: false })
    .filter((item) => item.mandatory && !alreadyProvided.includes(item.id))
    .map((item) => item.id);
  const items: DemoEvent[] = remaining.map((itemId, i) => ({
    at: `2020-09-${String(10 + i).padStart(2, '0')}T02:00:00Z`,
    actor: XA_VAN_QUAN,
    action: 'item-update',
    from: { itemId, status: 'missing', documentDate: null, remarks: null },
    to: { itemId, status: 'provided', documentDate: null, remarks: null },
  }));
  return [
    ...items,
    {
      at: '2020-10-20T02:00:00Z',
      actor: XA_VAN_QUAN,
      action: 'submit',
      from: { state: 'draft' },
      to: { state: 'submitted', deadline: '2020-11-03' },
      comment: 'UBND thị trấn đã kiểm tra hồ sơ cùng HTX.',
    },
    {
      at: '2020-11-02T03:00:00Z',
      actor: VQ_NONG_NGHIEP,
      action: 'accept',
      from: { state: 'submitted' },
      to: { state: 'accepted', deadline: null },
      comment: 'Hồ sơ đầy đủ; đưa vào phiên họp đánh giá đợt 1 năm 2021.',
    },
  ];
}
