// Test data for the dossier page's specs: Hữu Lễ's "Rượu men lá" dossier under QĐ 1048, and its users.
import {
  ATTACHMENT_LIMITS,
  AttachmentInfo,
  checklistFor,
  DossierDetail,
  DossierItem,
  DossierTimelineEntry,
  Me,
} from '@ocop/domain';

export const DOSSIER_ID = '0c0b2020-0000-4000-8000-0000000000d1';

const DEFINITIONS = checklistFor('1048', '15', 'first-time');
const ITEM_IDS = ['phieu-dang-ky-san-pham', 'giay-dang-ky-kinh-doanh', 'san-pham-mau', 'phieu-kiem-nghiem'];

export const ATTACHMENT: AttachmentInfo = {
  id: '0c0b2020-0000-4000-8000-0000000000a1',
  fileName: 'Giấy đăng ký kinh doanh Hữu Lễ.pdf',
  kind: 'pdf',
  size: 1536 * 1024,
  sha256: 'a3f1c9e07b5d2468ace13579bdf02468ace13579bdf02468ace13579bdf02468',
  uploadedAt: '2020-01-06T02:30:00Z',
  uploadedBy: 'xa.huule',
};

/** One item of the dossier: the real QĐ 1048 definition, missing and untouched unless told otherwise. */
export function item(id: string, state: Partial<Omit<DossierItem, 'definition'>> = {}): DossierItem {
  const definition = DEFINITIONS.find((d) => d.id === id);
  if (!definition) throw new Error(`no item ${id}`);
  return { definition, status: 'missing', documentDate: null, remarks: null, attachments: [], ...state };
}

/** The dossier in draft at version 7, four items, the business registration provided with one PDF. */
export function dossier(overrides: Partial<DossierDetail> = {}): DossierDetail {
  const items = ITEM_IDS.map((id) =>
    id === 'giay-dang-ky-kinh-doanh' ? item(id, { status: 'provided', attachments: [ATTACHMENT] }) : item(id),
  );
  return {
    id: DOSSIER_ID,
    product: { id: 'p-ruou', name: 'Rượu men lá Hữu Lễ', productGroup: { code: '15', name: 'Rượu trắng' } },
    producer: { id: 'pr-1', name: 'HTX Nông nghiệp Hữu Lễ', type: 'hop-tac-xa' },
    commune: { code: '06322', name: 'Xã Hữu Lễ' },
    districtCode: '184',
    workflowId: 'district-1048',
    criteriaSet: '1048',
    registrationKind: 'first-time',
    roundYear: 2020,
    targetQuarter: '2020-Q1',
    state: 'draft',
    stateSince: '2020-01-02T01:00:00Z',
    deadline: '2020-03-31',
    deadlineFlag: 'due-soon',
    checklist: { missing: 3, provided: 1, returned: 0, total: 4 },
    version: 7,
    updatedAt: '2020-01-06T02:30:00Z',
    items,
    problems: [
      {
        itemId: 'phieu-dang-ky-san-pham',
        code: 'MANDATORY_MISSING',
        message: 'Thiếu hồ sơ bắt buộc: Phiếu đăng ký ý tưởng sản phẩm, đăng ký sản phẩm',
      },
    ],
    limits: ATTACHMENT_LIMITS,
    storedBytes: ATTACHMENT.size,
    ...overrides,
  };
}

/** The dossier with every problem solved: ready to be submitted or accepted. */
export function completeDossier(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return dossier({ problems: [], ...overrides });
}

export const COMMUNE_OFFICER: Me = {
  username: 'xa.huule',
  name: 'Vi Văn Em',
  roles: ['commune-officer'],
  district: { code: '184', name: 'Huyện Văn Quan' },
  commune: { code: '06322', name: 'Xã Hữu Lễ' },
  department: null,
  modules: ['dossier'],
};

export const DISTRICT_OFFICER: Me = {
  username: 'vq.nongnghiep',
  name: 'Hoàng Thị Lan',
  roles: ['district-officer'],
  district: { code: '184', name: 'Huyện Văn Quan' },
  commune: null,
  department: null,
  modules: ['dossier'],
};

export function timelineEntry(
  action: string,
  from: unknown,
  to: unknown,
  overrides: Partial<DossierTimelineEntry> = {},
): DossierTimelineEntry {
  return {
    id: `${action}-${Math.random().toString(36).slice(2)}`,
    at: '2020-01-06T02:30:00Z',
    actor: {
      username: 'xa.huule',
      name: 'Vi Văn Em',
      roles: ['commune-officer'],
      districtCode: '184',
      communeCode: '06322',
      departmentCode: null,
    },
    entityType: 'dossier',
    entityId: DOSSIER_ID,
    action,
    from,
    to,
    comment: null,
    ...overrides,
  };
}
