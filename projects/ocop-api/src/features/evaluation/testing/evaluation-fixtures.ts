import {
  sheetCriteria,
  type Council,
  type CouncilSession,
  type CriteriaSheet,
  type MyScoreSheet,
  type SheetAnswers,
} from '@ocop/domain';
import type { TestApp } from '../../../testing/test-app';
import { insertDossier } from '../../dossiers/testing/dossier-fixtures';

/** Councils, sessions and score sheets made through the API, as the Văn Quan standing unit and its members. */

export const VAN_QUAN_COUNCIL = {
  level: 'district',
  unitCode: '184',
  name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Văn Quan',
  decisionNumber: '123/QĐ-UBND',
  decisionDate: '2020-03-02',
  termFrom: '2020-03-02',
  termTo: null,
  members: [
    { fullName: 'Nguyễn Văn Chủ', position: 'chair', title: 'Phó Chủ tịch UBND huyện' },
    { fullName: 'Hoàng Văn Cường', position: 'secretary', title: 'Phòng NN&PTNT', username: 'vq.nongnghiep' },
    { fullName: 'Đinh Thị Giang', position: 'member', title: 'Phòng Y tế', username: 'hoidong.1' },
    { fullName: 'Mông Văn Hải', position: 'member', title: 'Phòng Kinh tế - Hạ tầng', username: 'hoidong.2' },
    { fullName: 'Hà Thị Khánh', position: 'member', title: 'Phòng Tài chính', username: 'hoidong.3' },
  ],
};

export type Scorer = 'hoidong.1' | 'hoidong.2' | 'hoidong.3';

export async function createCouncil(t: TestApp): Promise<Council> {
  const res = await t.inject('vq.nongnghiep', {
    method: 'POST',
    url: '/api/councils',
    payload: VAN_QUAN_COUNCIL,
  });
  if (res.statusCode !== 201) throw new Error(`council not created: ${res.body}`);
  return res.json<Council>();
}

export function memberId(council: Council, username: string): string {
  const member = council.members.find((m) => m.username === username);
  if (member === undefined) throw new Error(`no member ${username}`);
  return member.id;
}

export async function createSession(
  t: TestApp,
  council: Council,
  dossierIds: string[],
  scorers: Scorer[] = ['hoidong.1', 'hoidong.2', 'hoidong.3'],
): Promise<CouncilSession> {
  const res = await t.inject('vq.nongnghiep', {
    method: 'POST',
    url: '/api/sessions',
    payload: {
      councilId: council.id,
      title: 'Phiên họp thử',
      date: '2020-05-08',
      place: 'Hội trường UBND huyện Văn Quan',
      dossierIds,
      attendeeIds: scorers.map((s) => memberId(council, s)),
    },
  });
  if (res.statusCode !== 201) throw new Error(`session not created: ${res.body}`);
  return res.json<CouncilSession>();
}

/**
 * Answers totalling `target` points when the sheet allows it: each criterion takes the best option that still
 * leaves the remaining criteria their lowest points.
 */
export function answersFor(sheet: CriteriaSheet, target: number): SheetAnswers {
  const criteria = sheetCriteria(sheet);
  const lowest = criteria.map((c) => Math.min(...c.options.map((o) => o.points)));
  const choices: Record<string, number> = {};
  let sum = 0;
  criteria.forEach((criterion, i) => {
    const rest = lowest.slice(i + 1).reduce((a, b) => a + b, 0);
    let best = criterion.options.findIndex((o) => o.points === lowest[i]);
    criterion.options.forEach((option, index) => {
      const chosen = criterion.options[best]?.points ?? 0;
      if (option.points > chosen && sum + option.points + rest <= target) best = index;
    });
    choices[criterion.code] = best;
    sum += criterion.options[best]?.points ?? 0;
  });
  return { choices, gates: [] };
}

/** The member's sheet, saved with answers of about `target` points and (unless told) submitted. */
export async function score(
  t: TestApp,
  user: Scorer,
  sessionId: string,
  dossierId: string,
  target: number,
  submit = true,
): Promise<MyScoreSheet> {
  const url = `/api/sessions/${sessionId}/dossiers/${dossierId}/sheets/mine`;
  const mine = (await t.inject(user, url)).json<MyScoreSheet>();
  const saved = await t.inject(user, {
    method: 'PUT',
    url,
    payload: { answers: answersFor(mine.sheet, target), version: mine.version },
  });
  if (saved.statusCode !== 200) throw new Error(`sheet not saved: ${saved.body}`);
  if (!submit) return saved.json<MyScoreSheet>();
  const submitted = await t.inject(user, {
    method: 'POST',
    url: `${url}/submit`,
    payload: { version: saved.json<MyScoreSheet>().version },
  });
  if (submitted.statusCode !== 200) throw new Error(`sheet not submitted: ${submitted.body}`);
  return submitted.json<MyScoreSheet>();
}

export interface EvaluationSamples {
  councilId: string;
  sessionId: string;
  dossierId: string;
}

/**
 * A closed session of a new Văn Quan council where hoidong.1 alone scored one dossier: every GET route of
 * councils and sessions answers 200 to hoidong.1 (route specs use it).
 */
export async function sampleEvaluation(t: TestApp): Promise<EvaluationSamples> {
  const council = await createCouncil(t);
  const dossierId = await insertDossier(t.db, { state: 'accepted', complete: true });
  const session = await createSession(t, council, [dossierId], ['hoidong.1']);
  await score(t, 'hoidong.1', session.id, dossierId, 60);
  const closed = await t.inject('vq.nongnghiep', {
    method: 'POST',
    url: `/api/sessions/${session.id}/close`,
    payload: { version: session.version },
  });
  if (closed.statusCode !== 200) throw new Error(`sample session not closed: ${closed.body}`);
  return { councilId: council.id, sessionId: session.id, dossierId };
}
