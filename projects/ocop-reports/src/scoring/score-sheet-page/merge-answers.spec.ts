import { keepMine, mergeAnswers, sameAnswers } from './merge-answers';

describe('mergeAnswers', () => {
  const base = { choices: { '1.1': 0, '1.2': 1 }, gates: ['6.1'] };

  it('replays my changes on what the server holds when they touch different criteria', () => {
    const mine = { choices: { '1.1': 2, '1.2': 1 }, gates: [] };
    const theirs = { choices: { '1.1': 0, '1.2': 1, '2.1': 3 }, gates: ['6.1', '1.1'] };

    const { merged, conflicts } = mergeAnswers(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.choices).toEqual({ '1.1': 2, '1.2': 1, '2.1': 3 });
    expect([...merged.gates].sort()).toEqual(['1.1']);
  });

  it('takes a change both sides made alike, and reports one they made differently', () => {
    const mine = { choices: { '1.1': 2, '1.2': 0 }, gates: ['6.1'] };
    const theirs = { choices: { '1.1': 2, '1.2': 2 }, gates: ['6.1'] };

    const { merged, conflicts } = mergeAnswers(base, mine, theirs);
    expect(conflicts).toEqual(['1.2']);
    expect(merged.choices).toEqual({ '1.1': 2, '1.2': 2 });
    expect(keepMine(merged, mine, conflicts).choices).toEqual({ '1.1': 2, '1.2': 0 });
  });

  it('keeps a criterion I cleared cleared, and compares answers whatever the order of the gates', () => {
    const mine = { choices: { '1.1': 0 }, gates: ['6.1'] };
    expect(mergeAnswers(base, mine, base).merged.choices).toEqual({ '1.1': 0 });
    expect(
      sameAnswers({ choices: { a: 1 }, gates: ['x', 'y'] }, { choices: { a: 1 }, gates: ['y', 'x'] }),
    ).toBeTrue();
    expect(sameAnswers({ choices: { a: 1 }, gates: [] }, { choices: { a: 2 }, gates: [] })).toBeFalse();
  });
});
