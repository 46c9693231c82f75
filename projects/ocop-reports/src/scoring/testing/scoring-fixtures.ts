import {
  type CouncilSession,
  type CriteriaSheet,
  EMPTY_ANSWERS,
  type MyScoreSheet,
  scoreSheet,
  type SheetAnswers,
} from '@ocop/domain';

export const SESSION_ID = '11111111-1111-4111-8111-111111111111';
export const DOSSIER_ID = '22222222-2222-4222-8222-222222222222';
export const MINE_URL = `/api/sessions/${SESSION_ID}/dossiers/${DOSSIER_ID}/sheets/mine`;

const option = (text: string, points: number) => ({ text, points });

/** A small sheet with the shapes the real ones have: an exclusion gate, a stop gate, and two cases. */
export const SPEC_SHEET: CriteriaSheet = {
  setId: '1048',
  setVersion: '1048/2019',
  subgroupCode: '22',
  title: 'Ngành Thảo dược › Nhóm/Phân nhóm Thảo dược khác',
  parts: [
    {
      code: 'A',
      title: 'Sản phẩm và sức mạnh cộng đồng',
      max: 5,
      sections: [
        {
          number: '1',
          title: 'TỔ CHỨC SẢN XUẤT',
          criteria: [
            {
              code: '1.1',
              title: 'Nguồn nguyên liệu',
              max: 3,
              gate: { kind: 'exclude', text: 'Bị loại nếu không rõ nguồn gốc' },
              options: [option('Dưới 50%', 1), option('Từ 50%', 2), option('Từ 75%', 3)],
            },
            {
              code: '1.2',
              title: 'Sự tham gia của cộng đồng',
              max: 2,
              note: 'Lựa chọn một trong hai trường hợp sau:',
              cases: [
                { title: 'Tổ chức', optionIndexes: [0, 1] },
                { title: 'Giám đốc/Chủ hộ', optionIndexes: [2, 3] },
              ],
              options: [
                option('< 50%', 1),
                option('≥ 50%', 2),
                option('Ngoài tỉnh', 0),
                option('Trong tỉnh', 1),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'B',
      title: 'Khả năng tiếp thị',
      max: 3,
      sections: [
        {
          number: '2',
          title: 'TIẾP THỊ',
          criteria: [
            { code: '2.1', title: 'Quảng bá', max: 3, options: [option('Không', 0), option('Có', 3)] },
          ],
        },
      ],
    },
    {
      code: 'C',
      title: 'Chất lượng sản phẩm',
      max: 4,
      sections: [
        {
          number: '3',
          title: 'CẢM QUAN',
          criteria: [
            {
              code: '3.1',
              title: 'Tạp chất lạ',
              max: 2,
              gate: { kind: 'stop', text: 'Nếu có tạp chất sẽ không đánh giá các bước tiếp theo' },
              options: [option('Có tạp chất', 0), option('Không có', 2)],
            },
            { code: '3.2', title: 'Màu sắc', max: 2, options: [option('Kém', 0), option('Đẹp', 2)] },
          ],
        },
      ],
    },
  ],
  source: 'spec',
  decisions: [],
};

export function mySheet(
  answers: SheetAnswers = EMPTY_ANSWERS,
  patch: Partial<MyScoreSheet> = {},
): MyScoreSheet {
  return {
    sessionId: SESSION_ID,
    dossierId: DOSSIER_ID,
    sheet: SPEC_SHEET,
    answers,
    score: scoreSheet(SPEC_SHEET, answers),
    status: 'draft',
    submittedAt: null,
    reopenedCount: 0,
    locked: false,
    version: 1,
    ...patch,
  };
}

/** Every criterion answered: A 3 + 2, B 3, C 2 + 2 = 12. */
export const FULL_ANSWERS: SheetAnswers = {
  choices: { '1.1': 2, '1.2': 1, '2.1': 1, '3.1': 1, '3.2': 1 },
  gates: [],
};

export function session(status: CouncilSession['status'] = 'open'): CouncilSession {
  return {
    id: SESSION_ID,
    council: { id: 'c1', name: 'Hội đồng OCOP huyện Văn Quan', level: 'district', unitCode: '184' },
    title: 'Phiên họp đánh giá sản phẩm OCOP năm 2021',
    date: '2021-01-15',
    place: 'UBND huyện Văn Quan',
    status,
    closedAt: null,
    closedBy: null,
    attendees: [],
    agenda: [
      {
        dossierId: DOSSIER_ID,
        product: { id: 'p1', name: 'Tinh dầu hồi Văn Quan' },
        producer: { id: 'pr1', name: 'HTX Nông nghiệp Văn Quan' },
        commune: { code: '06253', name: 'Thị trấn Văn Quan' },
        criteriaSet: '1048',
        subgroupCode: '22',
        sheetTitle: SPEC_SHEET.title,
        submitted: 0,
        expected: 3,
        mySheet: 'draft',
        result: null,
        forwarded: null,
      },
    ],
    canManage: false,
    version: 1,
  };
}
