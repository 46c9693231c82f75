// An answer of GET /api/reports/evaluation-results for the page's specs (Văn Quan, 2030).
import type { EvaluationResultsReport } from '@ocop/domain';

export const SESSION_ID = '5e550000-0000-4000-8000-000000002030';

export function evaluationResultsOf(patch: Partial<EvaluationResultsReport> = {}): EvaluationResultsReport {
  return {
    year: 2030,
    scope: { unitName: 'Huyện Văn Quan', districtCode: '184' },
    sessions: [
      {
        session: {
          id: SESSION_ID,
          council: { id: 'c1', name: 'Hội đồng đánh giá huyện Văn Quan', level: 'district', unitCode: '184' },
          title: 'Phiên đánh giá đợt 1',
          date: '2030-02-20',
          place: 'UBND huyện Văn Quan',
          status: 'closed',
          dossierCount: 2,
          attendeeCount: 5,
          mySheetsToDo: null,
        },
        rows: [
          {
            dossierId: 'd1',
            product: 'Hồi khô Văn Quan',
            producer: 'HTX Hồi Văn Quan',
            commune: 'Xã Hữu Lễ',
            sheetTitle: 'Phiếu đánh giá',
            memberTotals: [],
            mean: 72.4,
            spread: 3,
            stars: 4,
            forwarded: true,
          },
          {
            dossierId: 'd2',
            product: 'Rượu men lá',
            producer: 'Hộ Nông Văn Bình',
            commune: 'Thị trấn Văn Quan',
            sheetTitle: 'Phiếu đánh giá',
            memberTotals: [],
            mean: 48,
            spread: 2,
            stars: 2,
            forwarded: false,
          },
        ],
      },
    ],
    certified: [
      {
        certificateId: 'cert-1',
        product: 'Hồi khô Văn Quan',
        producer: 'HTX Hồi Văn Quan',
        commune: 'Xã Hữu Lễ',
        district: 'Huyện Văn Quan',
        productGroup: 'Gia vị',
        criteriaSet: '148',
        score: 72,
        stars: 4,
        decisionNumber: '15/QĐ-UBND',
        certifiedOn: '2030-03-02',
        expiresOn: '2033-03-02',
        status: 'valid',
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
