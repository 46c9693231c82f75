// A dashboard as GET /api/dashboard sends it, for the specs (free of jasmine, so the app's type check can
// include it): Văn Quan's 2020 figures, small and made up.
import type { Dashboard } from '@ocop/domain';

export function dashboardOf(patch: Partial<Dashboard> = {}): Dashboard {
  return {
    query: { year: 2020, quarter: null, districtCode: '184', criteriaSet: null },
    scope: { level: 'district', unitName: 'Huyện Văn Quan' },
    funnel: [
      { key: 'y-tuong', label: 'Ý tưởng sản phẩm', count: 4 },
      { key: 'dang-ky', label: 'Đăng ký', count: 2 },
      { key: 'chung-nhan', label: 'Đã công nhận', count: 1 },
    ],
    stepDays: [
      { key: 'y-tuong', label: 'Ý tưởng sản phẩm', averageDays: 12.5, count: 3 },
      { key: 'dang-ky', label: 'Đăng ký', averageDays: null, count: 0 },
    ],
    overdueDossiers: 2,
    returns: { returned: 1, decided: 3, rate: 0.3333 },
    productsByStars: [
      { key: '3', label: '3 sao', count: 2 },
      { key: '4', label: '4 sao', count: 1 },
      { key: 'none', label: 'Chưa có sao', count: 5 },
    ],
    productsByGroup: [{ key: '1', label: 'Thực phẩm tươi sống', count: 8 }],
    productsByCommune: [
      { key: '06322', label: 'Xã Hữu Lễ', count: 6 },
      { key: '06253', label: 'Thị trấn Văn Quan', count: 2 },
    ],
    certificatesExpiringSoon: 1,
    tasksByUnit: [
      { key: 'NNPTNT', label: 'Phòng Nông nghiệp và PTNT', total: 10, done: 7, overdue: 1 },
      { key: 'TTYT', label: 'Trung tâm Y tế', total: 3, done: 0, overdue: 2 },
    ],
    ...patch,
  };
}

/** A period with nothing in it: zero rows of the funnel, no products, no tasks. */
export function emptyDashboard(): Dashboard {
  return dashboardOf({
    funnel: [{ key: 'y-tuong', label: 'Ý tưởng sản phẩm', count: 0 }],
    stepDays: [],
    overdueDossiers: 0,
    returns: { returned: 0, decided: 0, rate: null },
    productsByStars: [],
    productsByGroup: [],
    productsByCommune: [],
    certificatesExpiringSoon: 0,
    tasksByUnit: [],
  });
}
