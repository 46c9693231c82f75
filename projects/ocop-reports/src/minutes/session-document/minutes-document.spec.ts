import { ATTENDEES, CHAIR, COUNCIL, MEMBER_1, minutes, SECRETARY } from '../../testing/evaluation-fixtures';
import {
  councilUnit,
  issuerLines,
  memberAt,
  placeDateLine,
  recommendation,
  totalOf,
} from './minutes-document';

describe('minutes document parts', () => {
  it('issues the minutes in the name of the unit that ends the council’s name', () => {
    expect(councilUnit(COUNCIL.name)).toEqual({ kind: 'huyện', name: 'Văn Quan' });
    expect(issuerLines(COUNCIL)).toEqual([
      'UBND HUYỆN VĂN QUAN',
      'HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP',
    ]);
    expect(issuerLines({ name: 'Hội đồng OCOP', level: 'province' })).toEqual([
      'UBND TỈNH LẠNG SƠN',
      'HỘI ĐỒNG OCOP',
    ]);
  });

  it('dates the document at the unit, months 1 and 2 with a leading zero and the others without', () => {
    expect(placeDateLine(COUNCIL, '2021-01-15')).toBe('Văn Quan, ngày 15 tháng 01 năm 2021');
    expect(placeDateLine(COUNCIL, '2020-05-08')).toBe('Văn Quan, ngày 08 tháng 5 năm 2020');
    expect(placeDateLine({ name: 'Hội đồng OCOP', level: 'province' }, '2020-11-30')).toBe(
      'Lạng Sơn, ngày 30 tháng 11 năm 2020',
    );
  });

  it('words the recommendation by the council’s level, and leaves it empty while the session is open', () => {
    expect(recommendation({ forwarded: true }, 'district')).toBe('Đề nghị chuyển cấp tỉnh đánh giá');
    expect(recommendation({ forwarded: false }, 'district')).toBe('Không chuyển cấp tỉnh');
    expect(recommendation({ forwarded: null }, 'district')).toBe('');
  });

  it('signs with the chair and the secretary, and reads each member’s total of a row', () => {
    expect(memberAt('chair', ATTENDEES, COUNCIL.members)).toBe(CHAIR);
    expect(memberAt('secretary', ATTENDEES, COUNCIL.members)).toBe(SECRETARY);
    const row = minutes().rows[0]!;
    expect(totalOf(row, MEMBER_1.id)).toBe(76);
    expect(totalOf(row, CHAIR.id)).toBeNull();
  });
});
