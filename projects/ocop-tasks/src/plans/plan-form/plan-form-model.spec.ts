import { PLAN_2020 } from '../plan-list/testing/plan-fixtures';
import {
  emptyPlanForm,
  errorPath,
  formValueOf,
  planFields,
  reapplyChanges,
  restoredDraft,
  signerLines,
} from './plan-form-model';

describe('plan form model', () => {
  it('reads a signature block written on one line or on several', () => {
    expect(signerLines('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân')).toEqual([
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Hoàng Văn Quân',
    ]);
    expect(signerLines('CHỦ TỊCH\n\n Nguyễn Văn A ')).toEqual(['CHỦ TỊCH', 'Nguyễn Văn A']);
    expect(signerLines(null)).toEqual([]);
  });

  it('turns the form into request fields: lines into items, blanks into null, the quantity into a number', () => {
    const value = {
      ...emptyPlanForm(2021),
      number: '  ',
      title: ' Kế hoạch 2021 ',
      purposes: 'Một\r\n\r\n  Hai  \n',
      targets: [
        {
          id: null,
          code: 'MT1',
          title: 'A',
          indicator: 'B',
          quantity: '2',
          measure: 'hồ sơ',
          dueQuarter: '',
          productId: '',
          dossierId: '',
        },
        {
          id: 'x',
          code: 'MT2',
          title: 'C',
          indicator: 'D',
          quantity: 'hai',
          measure: 'sản phẩm',
          dueQuarter: '2021-Q2',
          productId: '',
          dossierId: '',
        },
      ],
    };
    const fields = planFields(value);
    expect(fields['number']).toBeNull();
    expect(fields['title']).toBe('Kế hoạch 2021');
    expect(fields['purposes']).toEqual(['Một', 'Hai']);
    expect(fields['signer']).toBeNull();
    const targets = fields['targets'] as Record<string, unknown>[];
    expect(targets[0]).not.toEqual(jasmine.objectContaining({ id: jasmine.anything() }));
    expect(targets[0]!['quantity']).toBe(2);
    expect(targets[0]!['dueQuarter']).toBeNull();
    // Kept as typed, so the domain's validation names the problem.
    expect(targets[1]!['quantity']).toBe('hai');
    expect(targets[1]!['id']).toBe('x');
  });

  it('re-applies only the fields the user changed, and names those both sides changed', () => {
    const base = formValueOf(PLAN_2020);
    const mine = { ...base, title: 'Của tôi', purposes: 'Mục đích của tôi' };
    const theirs = {
      ...base,
      title: 'Của người khác',
      requirements: 'Yêu cầu của người khác',
      purposes: 'Mục đích của tôi',
    };
    const { value, overlapping } = reapplyChanges(base, mine, theirs);
    expect(value.title).toBe('Của tôi');
    expect(value.purposes).toBe('Mục đích của tôi');
    expect(value.requirements).toBe('Yêu cầu của người khác');
    // Same change on both sides is no conflict.
    expect(overlapping).toEqual(['title']);
  });

  it('places nested field errors whichever way they are written', () => {
    expect(errorPath('targets[2].code')).toBe('targets.2.code');
    expect(errorPath('targets.2.code')).toBe('targets.2.code');
    expect(errorPath('legalBases[0]')).toBe('legalBases.0');
  });

  it('refuses a stored draft of another shape', () => {
    expect(restoredDraft({ value: { title: 'x' } })).toBeNull();
    expect(restoredDraft('text')).toBeNull();
    const draft = restoredDraft({ value: emptyPlanForm(2020), base: null, version: null });
    expect(draft?.value.year).toBe('2020');
  });
});
