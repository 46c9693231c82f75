import { foldForSearch } from '@ocop/domain';
import type { Queryable } from '../db/db';

/**
 * The two dossiers of the seed plan (../shared/seed): the 2019 dossier of "Rượu men lá Hữu Lễ", returned by
 * the district for supplementation and resubmitted in Q1/2020, and "Tinh dầu hồi Văn Quan", in preparation
 * with part of its checklist done and due in Q3/2020. Their histories are written as audit entries with the
 * dates they happened, so the timeline of a demo dossier reads like a real one.
 */

export const DEMO_DOSSIERS_DATA_SET = 'van-quan-2020-dossiers';

export const HUU_LE_DOSSIER_ID = '0c0b2020-0000-4000-8000-000000000301';
export const STAR_ANISE_DOSSIER_ID = '0c0b2020-0000-4000-8000-000000000302';

export interface DemoActor {
  username: string;
  name: string;
  roles: string;
  districtCode: string | null;
  communeCode: string | null;
  departmentCode: string | null;
}

// As the API names the demo users of keycloak/realm.mjs: family name first (features/auth/verify-token.ts).
const XA_HUU_LE: DemoActor = {
  username: 'xa.huule',
  name: 'Vi Văn Em',
  roles: 'commune-officer',
  districtCode: '184',
  communeCode: '06322',
  departmentCode: null,
};
export const XA_VAN_QUAN: DemoActor = {
  username: 'xa.vanquan',
  name: 'Lộc Thị Hoa',
  roles: 'commune-officer',
  districtCode: '184',
  communeCode: '06253',
  departmentCode: null,
};
export const VQ_NONG_NGHIEP: DemoActor = {
  username: 'vq.nongnghiep',
  name: 'Hoàng Văn Cường',
  roles: 'district-officer',
  districtCode: '184',
  communeCode: null,
  departmentCode: 'NNPTNT',
};

export interface DemoEvent {
  at: string;
  actor: DemoActor;
  action: string;
  from: unknown;
  to: unknown;
  comment?: string;
}

const item = (itemId: string, from: string, to: string, documentDate: string | null = null) => ({
  from: { itemId, status: from, documentDate: null, remarks: null },
  to: { itemId, status: to, documentDate, remarks: null },
});

const HUU_LE_RETURNED = [
  {
    itemId: 'phuong-an-kinh-doanh',
    reason: 'Phương án kinh doanh chưa có số liệu thị trường tiêu thụ và giá thành; bổ sung theo biểu số 03.',
  },
  {
    itemId: 'giay-du-dieu-kien-san-xuat',
    reason: 'Chưa có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho cơ sở nấu rượu.',
  },
];

const HUU_LE_EVENTS: DemoEvent[] = [
  {
    at: '2019-06-10T02:30:00Z',
    actor: XA_HUU_LE,
    action: 'create',
    from: null,
    to: {
      state: 'draft',
      criteriaSet: '1048',
      registrationKind: 'first-time',
      roundYear: 2019,
      targetQuarter: null,
    },
  },
  {
    at: '2019-07-02T03:00:00Z',
    actor: XA_HUU_LE,
    action: 'item-update',
    ...item('phieu-dang-ky-san-pham', 'missing', 'provided'),
  },
  {
    at: '2019-07-02T03:05:00Z',
    actor: XA_HUU_LE,
    action: 'item-update',
    ...item('phuong-an-kinh-doanh', 'missing', 'provided'),
  },
  {
    at: '2019-07-02T03:10:00Z',
    actor: XA_HUU_LE,
    action: 'item-update',
    ...item('gioi-thieu-bo-may-to-chuc', 'missing', 'provided'),
  },
  {
    at: '2019-07-02T03:15:00Z',
    actor: XA_HUU_LE,
    action: 'item-update',
    ...item('san-pham-mau', 'missing', 'provided'),
  },
  {
    at: '2019-07-02T03:20:00Z',
    actor: XA_HUU_LE,
    action: 'item-update',
    ...item('giay-du-dieu-kien-san-xuat', 'missing', 'provided'),
  },
  {
    at: '2019-08-15T01:45:00Z',
    actor: XA_HUU_LE,
    action: 'submit',
    from: { state: 'draft' },
    to: { state: 'submitted', deadline: '2019-08-29' },
    comment: 'UBND xã đã kiểm tra hồ sơ cùng chủ thể.',
  },
  {
    at: '2019-09-05T08:10:00Z',
    actor: VQ_NONG_NGHIEP,
    action: 'return',
    from: { state: 'submitted' },
    to: { state: 'returned', deadline: '2020-03-31', returnedItems: HUU_LE_RETURNED },
    comment:
      'Hồ sơ chưa đủ điều kiện xếp hạng năm 2019; phòng NN&PTNT hướng dẫn hoàn thiện trong Quý I/2020.',
  },
  {
    at: '2020-02-20T02:00:00Z',
    actor: XA_HUU_LE,
    action: 'item-update',
    ...item('phuong-an-kinh-doanh', 'returned', 'provided'),
  },
  {
    at: '2020-03-12T02:00:00Z',
    actor: XA_HUU_LE,
    action: 'item-update',
    ...item('giay-du-dieu-kien-san-xuat', 'returned', 'provided'),
  },
  {
    at: '2020-03-20T03:30:00Z',
    actor: XA_HUU_LE,
    action: 'resubmit',
    from: { state: 'returned' },
    to: { state: 'resubmitted', deadline: '2020-04-03' },
    comment: 'Đã bổ sung phương án kinh doanh và giấy chứng nhận ATTP theo hướng dẫn của huyện.',
  },
];

const STAR_ANISE_EVENTS: DemoEvent[] = [
  {
    at: '2020-05-12T02:00:00Z',
    actor: XA_VAN_QUAN,
    action: 'create',
    from: null,
    to: {
      state: 'draft',
      criteriaSet: '1048',
      registrationKind: 'first-time',
      roundYear: 2020,
      targetQuarter: '2020-Q3',
    },
    comment: 'Mục tiêu hoàn thành: Quý III/2020',
  },
  {
    at: '2020-06-03T02:00:00Z',
    actor: XA_VAN_QUAN,
    action: 'item-update',
    ...item('phieu-dang-ky-san-pham', 'missing', 'provided'),
  },
  {
    at: '2020-06-03T02:10:00Z',
    actor: XA_VAN_QUAN,
    action: 'item-update',
    ...item('gioi-thieu-bo-may-to-chuc', 'missing', 'provided'),
  },
];

/** Inserts the demo dossiers, their items and their histories; the caller holds the demo-data transaction. */
export async function loadDemoDossiers(tx: Queryable): Promise<void> {
  await insertDossier(tx, {
    id: HUU_LE_DOSSIER_ID,
    productId: '0c0b2020-0000-4000-8000-000000000201',
    communeCode: '06322',
    roundYear: 2019,
    targetQuarter: '2020-Q1',
    state: 'resubmitted',
    stateSince: '2020-03-20T03:30:00Z',
    stateDeadline: '2020-04-03',
    searchText: 'Rượu men lá Hữu Lễ Hộ kinh doanh Hoàng Văn Lợi',
    createdBy: XA_HUU_LE.username,
    createdAt: '2019-06-10T02:30:00Z',
    version: HUU_LE_EVENTS.length,
  });
  for (const itemId of [
    'phieu-dang-ky-san-pham',
    'phuong-an-kinh-doanh',
    'gioi-thieu-bo-may-to-chuc',
    'san-pham-mau',
    'giay-du-dieu-kien-san-xuat',
  ]) {
    const returned = HUU_LE_RETURNED.find((r) => r.itemId === itemId);
    await insertItem(tx, HUU_LE_DOSSIER_ID, itemId, returned?.reason ?? null);
  }
  await insertEvents(tx, HUU_LE_DOSSIER_ID, HUU_LE_EVENTS);

  await insertDossier(tx, {
    id: STAR_ANISE_DOSSIER_ID,
    productId: '0c0b2020-0000-4000-8000-000000000202',
    communeCode: '06253',
    roundYear: 2020,
    targetQuarter: '2020-Q3',
    state: 'draft',
    stateSince: '2020-05-12T02:00:00Z',
    stateDeadline: '2020-09-30',
    searchText: 'Tinh dầu hồi Văn Quan HTX Văn Quan Xanh',
    createdBy: XA_VAN_QUAN.username,
    createdAt: '2020-05-12T02:00:00Z',
    version: STAR_ANISE_EVENTS.length,
  });
  for (const itemId of ['phieu-dang-ky-san-pham', 'gioi-thieu-bo-may-to-chuc']) {
    await insertItem(tx, STAR_ANISE_DOSSIER_ID, itemId, null);
  }
  await insertEvents(tx, STAR_ANISE_DOSSIER_ID, STAR_ANISE_EVENTS);
}

interface DemoDossier {
  id: string;
  productId: string;
  communeCode: string;
  roundYear: number;
  targetQuarter: string;
  state: string;
  stateSince: string;
  stateDeadline: string;
  searchText: string;
  createdBy: string;
  createdAt: string;
  version: number;
}

async function insertDossier(tx: Queryable, d: DemoDossier): Promise<void> {
  const lastChange = d.stateSince;
  await tx.query(
    `insert into dossiers (id, product_id, commune_code, district_code, workflow_id, criteria_set, registration_kind,
                           round_year, target_quarter, state, state_since, state_deadline, search_text, version,
                           created_by, created_at, updated_at)
     values ($1, $2, $3, '184', 'district-1048', '1048', 'first-time', $4, $5, $6, $7::timestamptz, $8::date, $9,
             $10, $11, $12::timestamptz, $13::timestamptz)
     on conflict do nothing`,
    [
      d.id,
      d.productId,
      d.communeCode,
      d.roundYear,
      d.targetQuarter,
      d.state,
      d.stateSince,
      d.stateDeadline,
      foldForSearch(d.searchText),
      d.version,
      d.createdBy,
      d.createdAt,
      lastChange,
    ],
  );
}

/** A provided item; `remarks` keeps the district's reason of an item that was returned and then fixed. */
async function insertItem(
  tx: Queryable,
  dossierId: string,
  itemId: string,
  remarks: string | null,
): Promise<void> {
  await tx.query(
    `insert into dossier_items (dossier_id, item_id, status, remarks) values ($1, $2, 'provided', $3)
     on conflict do nothing`,
    [dossierId, itemId, remarks],
  );
}

/** Audit entries with the dates they happened; of dossiers unless `entityType` says otherwise. */
export async function insertEvents(
  tx: Queryable,
  dossierId: string,
  events: DemoEvent[],
  entityType = 'dossier',
): Promise<void> {
  for (const e of events) {
    await tx.query(
      `insert into audit_log (at, actor_username, actor_name, actor_roles, actor_district_code, actor_commune_code,
                              actor_department_code, entity_type, entity_id, action, from_value, to_value, comment)
       values ($1::timestamptz, $2, $3, string_to_array($4, ','), $5, $6, $7, $13, $8, $9, $10::jsonb,
               $11::jsonb, $12)`,
      [
        e.at,
        e.actor.username,
        e.actor.name,
        e.actor.roles,
        e.actor.districtCode,
        e.actor.communeCode,
        e.actor.departmentCode,
        dossierId,
        e.action,
        e.from === null ? null : JSON.stringify(e.from),
        JSON.stringify(e.to),
        e.comment ?? null,
        entityType,
      ],
    );
  }
}
