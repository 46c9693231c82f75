import type { CriteriaSheet } from '../criteria-sheet';

/**
 * A made-up QĐ 148 sheet for tests only: the real 148 sheets are not in the sources yet (ocop-reference
 * §2.1), but the rules for bonus points and the 40/25/35 parts must be tested before one is entered. Never
 * registered in CRITERIA_SHEETS. Small on purpose: 2 criteria per part, 2 bonus criteria; one fractional
 * option (1.2) so rounding is exercised, and one gate of each kind.
 */
export const TEST_SHEET_148: CriteriaSheet = {
  setId: '148',
  setVersion: '148/2023',
  subgroupCode: '148-1.1.a',
  title: 'Phiếu thử nghiệm QĐ 148 (chỉ dùng cho kiểm thử)',
  parts: [
    {
      code: 'A',
      title: 'Phần A',
      max: 40,
      sections: [
        {
          number: '1',
          title: 'Mục 1',
          criteria: [
            {
              code: '1.1',
              title: 'Nguyên liệu',
              max: 20,
              gate: { kind: 'exclude', text: 'Bị loại nếu không rõ nguồn gốc nguyên liệu' },
              options: [
                { text: 'Dưới 50%', points: 5 },
                { text: 'Từ 50%', points: 10 },
                { text: 'Toàn bộ', points: 20 },
              ],
            },
            {
              code: '1.2',
              title: 'Gia tăng giá trị',
              max: 20,
              options: [
                { text: 'Không', points: 0 },
                { text: 'Sơ chế', points: 7.5 },
                { text: 'Chế biến', points: 12.5 },
                { text: 'Chế biến sâu', points: 20 },
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'B',
      title: 'Phần B',
      max: 25,
      sections: [
        {
          number: '2',
          title: 'Mục 2',
          criteria: [
            {
              code: '2.1',
              title: 'Kênh phân phối',
              max: 15,
              options: [
                { text: 'Trong huyện', points: 5 },
                { text: 'Trong tỉnh', points: 10 },
                { text: 'Ngoài tỉnh', points: 15 },
              ],
            },
            {
              code: '2.2',
              title: 'Quảng bá',
              max: 10,
              options: [
                { text: 'Không', points: 0 },
                { text: 'Có', points: 10 },
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'C',
      title: 'Phần C',
      max: 35,
      sections: [
        {
          number: '3',
          title: 'Mục 3',
          criteria: [
            {
              code: '3.1',
              title: 'Công bố chất lượng',
              max: 15,
              gate: { kind: 'stop', text: 'Không đánh giá các bước tiếp theo nếu chưa công bố chất lượng' },
              options: [
                { text: 'Cơ sở', points: 5 },
                { text: 'Quốc gia', points: 15 },
              ],
            },
            {
              code: '3.2',
              title: 'Cảm quan',
              max: 20,
              options: [
                { text: 'Trung bình', points: 5 },
                { text: 'Khá', points: 10 },
                { text: 'Tốt', points: 20 },
              ],
            },
          ],
        },
      ],
    },
  ],
  bonus: [
    {
      code: 'K.1',
      title: 'Chủ thể do phụ nữ điều hành',
      max: 3,
      options: [
        { text: 'Không', points: 0 },
        { text: 'Có', points: 3 },
      ],
    },
    {
      code: 'K.2',
      title: 'Chủ thể do người dân tộc thiểu số điều hành',
      max: 2,
      note: 'Chỉ tính một lần cho mỗi chủ thể',
      options: [
        { text: 'Không', points: 0 },
        { text: 'Một phần', points: 1 },
        { text: 'Có', points: 2 },
      ],
    },
  ],
  source: 'Tự đặt cho kiểm thử; không phải phiếu chính thức.',
  decisions: [],
};
