import type { AdminUnit, ProducerType } from '@ocop/domain';

/**
 * Demo data from the seed document, Văn Quan district's 2020 OCOP plan: Lạng Sơn's units as they were then
 * and the plan's two products. Units and codes: docs ocop-reference §6.2–6.3 (GSO codes via dvhcvn).
 */

export const DEMO_DATA_SET = 'van-quan-2020';

const PROVINCE: AdminUnit = {
  code: '20',
  name: 'Tỉnh Lạng Sơn',
  level: 'province',
  parentCode: null,
  validFrom: null,
  validTo: null,
};

// The 11 district-level units before the district level ended (1 July 2025; that end is not recorded yet,
// it comes with the post-2025 units).
const DISTRICTS: [code: string, name: string][] = [
  ['178', 'Thành phố Lạng Sơn'],
  ['180', 'Huyện Tràng Định'],
  ['181', 'Huyện Bình Gia'],
  ['182', 'Huyện Văn Lãng'],
  ['183', 'Huyện Cao Lộc'],
  ['184', 'Huyện Văn Quan'],
  ['185', 'Huyện Bắc Sơn'],
  ['186', 'Huyện Hữu Lũng'],
  ['187', 'Huyện Chi Lăng'],
  ['188', 'Huyện Lộc Bình'],
  ['189', 'Huyện Đình Lập'],
];

// The 17 units left by NQ 818/NQ-UBTVQH14 (from 2020), the communes the 2020 plan speaks of. Liên Hội and
// Điềm He carried other codes in the first months of 2020 (06259, 06265); the later codes are used here.
const VAN_QUAN_2020 = '2020-01-01';
// Merged into Khánh Khê by the 2024 UBTVQH resolution (reported 03/11/2024; exact effective date unconfirmed).
const MERGED_INTO_KHANH_KHE = '2024-10-31';

const VAN_QUAN_COMMUNES: [code: string, name: string, validTo?: string][] = [
  ['06253', 'Thị trấn Văn Quan'],
  ['06256', 'Xã Trấn Ninh'],
  ['06268', 'Xã Liên Hội'],
  ['06274', 'Xã Hòa Bình'],
  ['06277', 'Xã Tú Xuyên'],
  ['06280', 'Xã Điềm He'],
  ['06283', 'Xã An Sơn'],
  ['06286', 'Xã Khánh Khê'],
  ['06292', 'Xã Lương Năng'],
  ['06295', 'Xã Đồng Giáp', MERGED_INTO_KHANH_KHE],
  ['06298', 'Xã Bình Phúc'],
  ['06301', 'Xã Tràng Các', MERGED_INTO_KHANH_KHE],
  ['06307', 'Xã Tân Đoàn'],
  ['06313', 'Xã Tri Lễ'],
  ['06316', 'Xã Tràng Phái'],
  ['06319', 'Xã Yên Phúc'],
  ['06322', 'Xã Hữu Lễ'],
];

export const DEMO_UNITS: readonly AdminUnit[] = [
  PROVINCE,
  ...DISTRICTS.map(([code, name]): AdminUnit => ({
    code,
    name,
    level: 'district',
    parentCode: PROVINCE.code,
    validFrom: null,
    validTo: null,
  })),
  ...VAN_QUAN_COMMUNES.map(([code, name, validTo]): AdminUnit => ({
    code,
    name,
    level: 'commune',
    parentCode: '184',
    validFrom: VAN_QUAN_2020,
    validTo: validTo ?? null,
  })),
];

export interface DemoProducer {
  id: string;
  type: ProducerType;
  name: string;
  representativeName: string | null;
  representativePosition: string | null;
  address: string | null;
  communeCode: string;
  /** National form, digits only (as @ocop/domain normalizePhone stores it). */
  phone: string | null;
  email: string | null;
}

export interface DemoProduct {
  id: string;
  name: string;
  description: string | null;
  productGroupCode: string;
  producerId: string;
  communeCode: string;
}

// Fixed ids so that loading twice, or on two replicas, cannot create the same record twice.
const HOANG_VAN_LOI = '0c0b2020-0000-4000-8000-000000000101';
const HTX_VAN_QUAN_XANH = '0c0b2020-0000-4000-8000-000000000102';

// People, numbers, addresses and descriptions below are invented. Subscriber numbers starting with 0 are
// never assigned (0205 0000 1xx) and example.com is reserved: nobody real can be called or mailed by mistake.
export const DEMO_PRODUCERS: readonly DemoProducer[] = [
  // The plan does not name the liquor's producer: an invented household business stands in for it, in the
  // hamlet the real liquor comes from (ocop-reference §4.2).
  {
    id: HOANG_VAN_LOI,
    type: 'ho-kinh-doanh',
    name: 'Hộ kinh doanh Hoàng Văn Lợi',
    representativeName: 'Hoàng Văn Lợi',
    representativePosition: 'Chủ hộ',
    address: 'Thôn Đon Chợ',
    communeCode: '06322',
    phone: '02050000101',
    email: null,
  },
  {
    id: HTX_VAN_QUAN_XANH,
    type: 'hop-tac-xa',
    name: 'HTX Văn Quan Xanh',
    representativeName: 'Lương Thị Hoa',
    representativePosition: 'Giám đốc',
    address: 'Khối phố 1',
    communeCode: '06253',
    phone: '02050000102',
    email: 'htx.vanquanxanh@example.com',
  },
];

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  {
    id: '0c0b2020-0000-4000-8000-000000000201',
    name: 'Rượu men lá Hữu Lễ',
    description:
      'Rượu trắng nấu thủ công từ gạo nếp địa phương, ủ bằng men lá rừng theo cách truyền thống của xã Hữu Lễ.',
    productGroupCode: '15', // Đồ uống › Đồ uống có cồn › Rượu trắng
    producerId: HOANG_VAN_LOI,
    communeCode: '06322',
  },
  {
    id: '0c0b2020-0000-4000-8000-000000000202',
    name: 'Tinh dầu hồi Văn Quan',
    description: 'Tinh dầu chưng cất từ quả hồi của vùng trồng hồi Văn Quan.',
    productGroupCode: '22', // Thảo dược › Thảo dược khác
    producerId: HTX_VAN_QUAN_XANH,
    communeCode: '06253',
  },
];
