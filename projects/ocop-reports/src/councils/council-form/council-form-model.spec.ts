import { COUNCIL } from '../../testing/evaluation-fixtures';
import {
  councilFormValue,
  councilInput,
  councilProblems,
  emptyCouncilForm,
  errorPath,
  memberRow,
} from './council-form-model';

function filled() {
  const value = councilFormValue(COUNCIL);
  return { ...value, members: value.members.map((m) => ({ ...m })) };
}

describe('council form model', () => {
  it('finds nothing wrong with a complete council, and sends it with days as yyyy-MM-dd and member ids kept', () => {
    const value = filled();
    expect(councilProblems(value)).toEqual({});
    const body = councilInput(value, { level: 'district', unitCode: '184' });
    expect(body.decisionDate).toBe('2020-03-20');
    expect(body.termTo).toBeNull();
    expect(body.members.map((m) => m.id)).toEqual(COUNCIL.members.map((m) => m.id));
    expect(body.members[0]!.username).toBeNull();
    expect(body.members[1]!.username).toBe('vq.nongnghiep');
  });

  it('asks for the required fields and for real days', () => {
    const problems = councilProblems({ ...emptyCouncilForm(), decisionDate: '31/04/2020' });
    expect(problems['name']).toBe('required');
    expect(problems['decisionNumber']).toBe('required');
    expect(problems['decisionDate']).toBe('badDate');
    expect(problems['termFrom']).toBe('required');
    expect(problems['termTo']).toBeUndefined();
    expect(problems['members.0.fullName']).toBe('required');
  });

  it('wants the term to end after it starts', () => {
    expect(councilProblems({ ...filled(), termTo: '01/01/2020' })['termTo']).toBe('termOrder');
  });

  it('checks one chair, one secretary, at least three members and accounts given once', () => {
    const value = filled();
    expect(councilProblems({ ...value, members: value.members.slice(0, 2) })['members']).toBe('minMembers');
    const twoChairs = value.members.map((m, i) => (i === 4 ? { ...m, position: 'chair' as const } : m));
    expect(councilProblems({ ...value, members: twoChairs })['members']).toBe('oneChair');
    const noSecretary = value.members.map((m) =>
      m.position === 'secretary' ? { ...m, position: 'member' as const } : m,
    );
    expect(councilProblems({ ...value, members: noSecretary })['members']).toBe('oneSecretary');
    const twice = [...value.members, { ...memberRow(), fullName: 'A', title: 'B', username: 'HoiDong.1' }];
    expect(councilProblems({ ...value, members: twice })['members.5.username']).toBe('duplicateUsername');
  });

  it('keys the API’s field errors the way the form does', () => {
    expect(errorPath({ field: 'members[2].username', code: 'duplicate', message: '' })).toBe(
      'members.2.username',
    );
    expect(errorPath({ field: '/members/0/fullName', code: 'required', message: '' })).toBe(
      'members.0.fullName',
    );
  });
});
