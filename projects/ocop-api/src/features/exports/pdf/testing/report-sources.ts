import type { CouncilMember, IssuedReport, PeriodicReportFigures, SessionMinutes } from '@ocop/domain';

/** Figures of a district's quarter report, written by hand (every table non-empty). */
export function sampleFigures(): PeriodicReportFigures {
  return {
    unit: { code: '184', name: 'Huyện Văn Quan', level: 'district' },
    period: { year: 2020, quarter: 1 },
    from: '2020-01-01',
    to: '2020-03-31',
    plan: {
      id: 'p1',
      number: '12/KH-UBND',
      title: 'Kế hoạch thực hiện Chương trình OCOP năm 2020',
      issuedOn: '2020-01-15',
    },
    targets: [
      {
        code: 'CT1',
        title: 'Sản phẩm được công nhận OCOP',
        indicator: 'đạt 3 sao trở lên',
        quantity: 5,
        measure: 'sản phẩm',
        dueQuarter: '2020-Q4',
        tasksCounted: 4,
        tasksAccepted: 1,
        acceptedPercent: 37.5,
      },
      {
        code: 'CT2',
        title: 'Tập huấn cho chủ thể',
        indicator: '',
        quantity: 2,
        measure: 'lớp',
        dueQuarter: '2020-Q2',
        tasksCounted: 2,
        tasksAccepted: 2,
        acceptedPercent: 100,
      },
    ],
    tasksByUnit: [
      { key: 'NNPTNT', label: 'Phòng Nông nghiệp và Phát triển nông thôn', total: 5, done: 2, overdue: 1 },
      { key: 'KTHT', label: 'Phòng Kinh tế và Hạ tầng', total: 2, done: 1, overdue: 0 },
    ],
    dossiersByStage: [
      { key: 'submitted', label: 'Đã nộp', count: 3 },
      { key: 'accepted', label: 'Đã tiếp nhận', count: 4 },
      { key: 'certified', label: 'Đã công nhận', count: 1 },
    ],
    evaluations: [
      {
        product: 'Hồi khô Văn Quan',
        producer: 'HTX Nông nghiệp Hữu Lễ',
        commune: 'Xã Hữu Lễ',
        score: 72.5,
        stars: 4,
        decisionNumber: '245/QĐ-UBND',
        certifiedOn: '2020-03-20',
        expiresOn: '2023-03-20',
      },
      {
        product: 'Miến dong',
        producer: 'Hộ kinh doanh Hoàng Văn Tư',
        commune: 'Thị trấn Văn Quan',
        score: 55.25,
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
  };
}

export function sampleIssuedReport(): IssuedReport {
  return {
    id: '0b6f9a52-3a43-4a4e-9b57-4d5a3a0f0a01',
    version: 2,
    title: 'Báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2020',
    issuingBody: { parent: 'UBND TỈNH LẠNG SƠN', name: 'UBND HUYỆN VĂN QUAN' },
    figures: sampleFigures(),
    texts: {
      summary: 'Các chỉ tiêu cơ bản đạt tiến độ.\nPhòng Nông nghiệp và Phát triển nông thôn đã chủ trì tốt.',
      difficulties: 'Một số chủ thể chưa có giấy chứng nhận an toàn thực phẩm.',
      proposals: '',
    },
    issue: {
      number: '25/BC-UBND',
      place: 'Văn Quan',
      issuedOn: '2020-04-05',
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Văn An',
      recipients: [
        'UBND tỉnh (b/c)',
        'Sở Nông nghiệp và PTNT (b/c)',
        'Văn phòng Điều phối NTM tỉnh',
        'Lưu: VT',
      ],
    },
    issuedBy: { username: 'vq.nongnghiep', fullName: 'Lý Văn Nông' },
    issuedAt: '2020-04-05T02:00:00.000Z',
  };
}

const member = (
  id: string,
  fullName: string,
  position: CouncilMember['position'],
  title: string,
): CouncilMember => ({
  id,
  fullName,
  position,
  title,
  username: null,
});

/** A closed district session with three members present and two products. */
export function sampleMinutes(): SessionMinutes {
  const members = [
    member('m1', 'Hoàng Văn Bình', 'chair', 'Phó Chủ tịch UBND huyện'),
    member('m2', 'Lý Thị Cúc', 'secretary', 'Chuyên viên Phòng Nông nghiệp và PTNT'),
    member('m3', 'Nông Văn Dũng', 'member', 'Trưởng phòng Kinh tế và Hạ tầng'),
  ];
  const council = {
    id: 'c1',
    name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Văn Quan',
    level: 'district' as const,
    unitCode: '184',
  };
  return {
    session: {
      id: 's1',
      council,
      title: 'Phiên đánh giá đợt 1 năm 2020',
      date: '2020-05-08',
      place: 'Hội trường UBND huyện Văn Quan',
      status: 'closed',
      closedAt: '2020-05-08T09:30:00.000Z',
      closedBy: 'vq.nongnghiep',
      attendees: members,
      agenda: [],
      canManage: true,
      version: 3,
    },
    council: {
      ...council,
      decisionNumber: '120/QĐ-UBND',
      decisionDate: '2020-04-20',
      termFrom: '2020-04-20',
      termTo: null,
      members,
      version: 1,
    },
    rows: [
      {
        dossierId: 'd1',
        product: 'Hồi khô Văn Quan',
        producer: 'HTX Nông nghiệp Hữu Lễ',
        commune: 'Xã Hữu Lễ',
        sheetTitle: 'Phiếu đánh giá nhóm thực phẩm',
        memberTotals: [
          { memberId: 'm1', fullName: 'Hoàng Văn Bình', total: 72 },
          { memberId: 'm2', fullName: 'Lý Thị Cúc', total: 73 },
          { memberId: 'm3', fullName: 'Nông Văn Dũng', total: 72.5 },
        ],
        mean: 72.5,
        spread: 1,
        stars: 4,
        forwarded: true,
      },
      {
        dossierId: 'd2',
        product: 'Miến dong',
        producer: 'Hộ kinh doanh Hoàng Văn Tư',
        commune: 'Thị trấn Văn Quan',
        sheetTitle: 'Phiếu đánh giá nhóm thực phẩm',
        memberTotals: [
          { memberId: 'm1', fullName: 'Hoàng Văn Bình', total: 45 },
          { memberId: 'm2', fullName: 'Lý Thị Cúc', total: null },
          { memberId: 'm3', fullName: 'Nông Văn Dũng', total: 46 },
        ],
        mean: 45.5,
        spread: 1,
        stars: 2,
        forwarded: false,
      },
    ],
    spreadNote: null,
  };
}
