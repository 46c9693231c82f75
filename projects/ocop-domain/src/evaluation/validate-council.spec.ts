import {
  parseCouncilChange,
  parseNewCouncil,
  parseNewSession,
  parseScoresReopening,
  parseSessionClosing,
  parseSheetChange,
  parseSheetSubmit,
} from './validate-council';

const MEMBERS = [
  { fullName: 'Nguyễn Văn A', position: 'chair', title: 'Phó Chủ tịch UBND huyện' },
  { fullName: 'Hoàng Văn Cường', position: 'secretary', title: 'Phòng NN&PTNT', username: 'VQ.nongnghiep' },
  { fullName: 'Lý Thị B', position: 'member', title: 'Phòng Y tế', username: 'hoidong.1' },
];
const COUNCIL = {
  level: 'district',
  unitCode: '184',
  name: 'Hội đồng OCOP huyện Văn Quan',
  decisionNumber: '123/QĐ-UBND',
  decisionDate: '2020-03-01',
  termFrom: '2020-03-01',
  termTo: null,
  members: MEMBERS,
};
const ID = '0c0b2020-0000-4000-8000-000000000201';

function fields(result: { ok: boolean; errors?: { field: string; code: string }[] }): string[] {
  return result.ok ? [] : (result.errors ?? []).map((e) => `${e.field}:${e.code}`);
}

describe('parseNewCouncil', () => {
  it('accepts a council with one chair, one secretary and three members, usernames lower-cased', () => {
    const parsed = parseNewCouncil(COUNCIL);
    expect(parsed.ok).toBeTrue();
    if (!parsed.ok) return;
    expect(parsed.value.members.map((m) => m.username)).toEqual([null, 'vq.nongnghiep', 'hoidong.1']);
    expect(parsed.value.members.every((m) => m.id === null)).toBeTrue();
  });

  it('requires exactly one chair and one secretary, at least three members and unique usernames', () => {
    const twoChairs = MEMBERS.map((m) => ({
      ...m,
      position: m.position === 'member' ? 'chair' : m.position,
    }));
    expect(fields(parseNewCouncil({ ...COUNCIL, members: twoChairs }))).toEqual(['members:one_chair']);
    expect(fields(parseNewCouncil({ ...COUNCIL, members: MEMBERS.slice(0, 2) }))).toEqual([
      'members:too_few',
    ]);
    const same = [...MEMBERS, { fullName: 'X', position: 'member', title: 'Y', username: 'hoidong.1' }];
    expect(fields(parseNewCouncil({ ...COUNCIL, members: same }))).toEqual(['members[3].username:duplicate']);
    const noSecretary = MEMBERS.map((m) => ({
      ...m,
      position: m.position === 'secretary' ? 'member' : m.position,
    }));
    expect(fields(parseNewCouncil({ ...COUNCIL, members: noSecretary }))).toEqual(['members:one_secretary']);
  });

  it('checks the level, the unit code of that level, the dates and the term', () => {
    expect(fields(parseNewCouncil({ ...COUNCIL, level: 'province' }))).toEqual(['unitCode:invalid_format']);
    expect(fields(parseNewCouncil({ ...COUNCIL, decisionDate: '01/03/2020' }))).toEqual([
      'decisionDate:invalid_format',
    ]);
    expect(fields(parseNewCouncil({ ...COUNCIL, termTo: '2019-01-01' }))).toEqual(['termTo:before_start']);
    expect(fields(parseNewCouncil({ ...COUNCIL, members: [{ position: 'boss' }, ...MEMBERS] }))).toEqual([
      'members[0].fullName:required',
      'members[0].title:required',
      'members[0].position:invalid_choice',
    ]);
  });

  it('needs the version for a change', () => {
    expect(fields(parseCouncilChange(COUNCIL))).toEqual(['version:required']);
    expect(parseCouncilChange({ ...COUNCIL, version: 2 }).ok).toBeTrue();
  });
});

describe('parseNewSession', () => {
  it('needs a council, title, date, place, dossiers and attendees, without duplicates', () => {
    const session = {
      councilId: ID,
      title: 'Phiên 1',
      date: '2020-05-08',
      place: 'UBND huyện',
      dossierIds: [ID],
      attendeeIds: [ID],
    };
    expect(parseNewSession(session).ok).toBeTrue();
    expect(fields(parseNewSession({ ...session, dossierIds: [], attendeeIds: [ID, ID] }))).toEqual([
      'dossierIds:required',
      'attendeeIds[1]:duplicate',
    ]);
  });
});

describe('score sheet requests', () => {
  it('reads answers (choices by code, gates without repeats) and a version that may be 0', () => {
    const parsed = parseSheetChange({ answers: { choices: { '1.1': 2 }, gates: ['7', '7'] }, version: 0 });
    expect(parsed).toEqual({
      ok: true,
      value: { answers: { choices: { '1.1': 2 }, gates: ['7'] }, version: 0 },
    });
    expect(fields(parseSheetChange({ answers: { choices: { '1.1': 'a' } }, version: 1 }))).toEqual([
      'choices.1.1:invalid_choice',
    ]);
    expect(fields(parseSheetChange({ version: -1 }))).toEqual(['version:required', 'answers:required']);
  });

  it('reads submit, reopen and close requests', () => {
    expect(parseSheetSubmit({ version: 3 })).toEqual({ ok: true, value: { version: 3 } });
    expect(fields(parseSheetSubmit({}))).toEqual(['version:required']);
    expect(fields(parseScoresReopening({ reason: '  ' }))).toEqual(['reason:required']);
    expect(parseScoresReopening({ reason: 'Chênh lệch lớn', memberIds: [ID] })).toEqual({
      ok: true,
      value: { reason: 'Chênh lệch lớn', memberIds: [ID] },
    });
    expect(parseSessionClosing({ version: 1 })).toEqual({
      ok: true,
      value: { version: 1, spreadNote: null },
    });
  });
});
