// Answers of the periodic report routes for the pages' specs (Văn Quan, quý I năm 2030).
import type {
  IssuedReport,
  IssuedReportSummary,
  PeriodicReportDraft,
  PeriodicReportFigures,
} from '@ocop/domain';

export const ISSUED_ID = '1550ed00-0000-4000-8000-000000000001';

export function figuresOf(patch: Partial<PeriodicReportFigures> = {}): PeriodicReportFigures {
  return {
    unit: { code: '184', name: 'Huyện Văn Quan', level: 'district' },
    period: { year: 2030, quarter: 1 },
    from: '2030-01-01',
    to: '2030-03-31',
    plan: {
      id: 'p1',
      number: '12/KH-UBND',
      title: 'Kế hoạch thực hiện Chương trình OCOP năm 2030',
      issuedOn: '2030-01-10',
    },
    targets: [
      {
        code: 'MT1',
        title: 'Phát triển sản phẩm mới',
        indicator: 'Sản phẩm đạt 3 sao trở lên',
        quantity: 5,
        measure: 'sản phẩm',
        dueQuarter: '2030-Q4',
        tasksCounted: 4,
        tasksAccepted: 1,
        acceptedPercent: 37.5,
      },
    ],
    tasksByUnit: [
      { key: 'NNPTNT', label: 'Phòng Nông nghiệp và PTNT', total: 6, done: 2, overdue: 1 },
      { key: 'TTYT', label: 'Trung tâm Y tế', total: 2, done: 0, overdue: 0 },
    ],
    dossiersByStage: [
      { key: 'idea', label: 'Ý tưởng sản phẩm', count: 3 },
      { key: 'certified', label: 'Đã công nhận', count: 1 },
    ],
    evaluations: [
      {
        product: 'Hồi khô Văn Quan',
        producer: 'HTX Hồi Văn Quan',
        commune: 'Xã Hữu Lễ',
        score: 72,
        stars: 4,
        decisionNumber: '15/QĐ-UBND',
        certifiedOn: '2030-03-02',
        expiresOn: '2033-03-02',
      },
      {
        product: 'Rượu men lá',
        producer: 'Hộ Nông Văn Bình',
        commune: 'Thị trấn Văn Quan',
        score: 55,
        stars: 3,
        decisionNumber: null,
        certifiedOn: null,
        expiresOn: null,
      },
    ],
    certifiedByStars: [1, 2, 3, 4, 5].map((n) => ({
      key: String(n),
      label: `${n} sao`,
      count: n === 4 ? 1 : 0,
    })),
    ...patch,
  };
}

export function draftOf(patch: Partial<PeriodicReportFigures> = {}): PeriodicReportDraft {
  const figures = figuresOf(patch);
  return {
    figures,
    title: `Báo cáo kết quả thực hiện Chương trình OCOP ${figures.period.quarter ? 'quý I năm 2030' : 'năm 2030'}`,
    issuingBody: { parent: 'UBND TỈNH LẠNG SƠN', name: 'UBND HUYỆN VĂN QUAN' },
    suggestedIssue: {
      place: 'Văn Quan',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: '',
      recipients: [
        'UBND tỉnh (b/c)',
        'Sở Nông nghiệp và PTNT (b/c)',
        'Văn phòng Điều phối NTM tỉnh',
        'Lưu: VT',
      ],
    },
  };
}

export function issuedReportOf(patch: Partial<IssuedReport> = {}): IssuedReport {
  const draft = draftOf();
  return {
    id: ISSUED_ID,
    version: 2,
    title: draft.title,
    issuingBody: draft.issuingBody,
    figures: draft.figures,
    texts: {
      summary: 'Cơ bản hoàn thành kế hoạch quý.',
      difficulties: 'Thiếu vốn.',
      proposals: 'Hỗ trợ vốn vay.',
    },
    issue: {
      number: '25/BC-UBND',
      place: 'Văn Quan',
      issuedOn: '2030-04-05',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Văn Hùng',
      recipients: ['UBND tỉnh (b/c)', 'Lưu: VT'],
    },
    issuedBy: { username: 'vq.nongnghiep', fullName: 'Hoàng Văn Cường' },
    // 09:30 in Việt Nam.
    issuedAt: '2030-04-05T02:30:00.000Z',
    ...patch,
  };
}

export function issuedListOf(): IssuedReportSummary[] {
  const report = issuedReportOf();
  return [
    {
      id: report.id,
      version: 2,
      title: report.title,
      issuedBy: report.issuedBy,
      issuedAt: report.issuedAt,
      period: { year: 2030, quarter: 1 },
      unitCode: '184',
      number: '25/BC-UBND',
    },
    {
      id: '1550ed00-0000-4000-8000-000000000000',
      version: 1,
      title: report.title,
      issuedBy: { username: 'vq.nongnghiep', fullName: 'Hoàng Văn Cường' },
      issuedAt: '2030-04-01T08:05:00.000Z',
      period: { year: 2030, quarter: 1 },
      unitCode: '184',
      number: '20/BC-UBND',
    },
  ];
}
