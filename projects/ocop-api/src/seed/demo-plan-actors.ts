import type { OcopRole, TaskActor } from '@ocop/domain';

/**
 * The demo users of keycloak/realm.mjs who act in the demo plan's history, named as the API names them
 * (family name first, features/auth/verify-token.ts), with the unit name their reports are signed with.
 */
export interface DemoPlanActor extends TaskActor {
  username: string;
  name: string;
  roles: OcopRole[];
  unitName: string;
}

/** Phòng NN&PTNT, the standing unit: it accepts reports and records those units sent on paper. */
export const STANDING: DemoPlanActor = {
  username: 'vq.nongnghiep',
  name: 'Hoàng Văn Cường',
  roles: ['district-officer'],
  districtCode: '184',
  communeCode: null,
  departmentCode: 'NNPTNT',
  unitName: 'Phòng Nông nghiệp và Phát triển nông thôn',
};

const HEALTH_CENTRE: DemoPlanActor = {
  username: 'vq.yte',
  name: 'Lý Thị Dung',
  roles: ['department-officer'],
  districtCode: '184',
  communeCode: null,
  departmentCode: 'TTYT',
  unitName: 'Trung tâm Y tế',
};

const ECONOMY_OFFICE: DemoPlanActor = {
  username: 'vq.kinhte',
  name: 'Nông Văn Đức',
  roles: ['department-officer'],
  districtCode: '184',
  communeCode: null,
  departmentCode: 'KTHT',
  unitName: 'Phòng Kinh tế và Hạ tầng',
};

const HUU_LE_COMMUNE: DemoPlanActor = {
  username: 'xa.huule',
  name: 'Vi Văn Em',
  roles: ['commune-officer'],
  districtCode: '184',
  communeCode: '06322',
  departmentCode: null,
  unitName: 'Xã Hữu Lễ',
};

const VAN_QUAN_TOWN: DemoPlanActor = {
  username: 'xa.vanquan',
  name: 'Lộc Thị Hoa',
  roles: ['commune-officer'],
  districtCode: '184',
  communeCode: '06253',
  departmentCode: null,
  unitName: 'Thị trấn Văn Quan',
};

const OFFICERS = new Map<string, DemoPlanActor>([
  ['department:NNPTNT', STANDING],
  ['department:TTYT', HEALTH_CENTRE],
  ['department:KTHT', ECONOMY_OFFICE],
  ['commune:06322', HUU_LE_COMMUNE],
  ['commune:06253', VAN_QUAN_TOWN],
]);

/**
 * Who wrote a unit's reports: its own officer where the realm has one (a producer's: the office of its
 * commune), else the standing unit, recording what the unit reported on paper.
 */
export function reporterOf(leadKey: string, producerCommune: string | null): DemoPlanActor {
  const key = producerCommune === null ? leadKey : `commune:${producerCommune}`;
  return OFFICERS.get(key) ?? STANDING;
}
