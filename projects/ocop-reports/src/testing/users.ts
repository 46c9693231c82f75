// Demo users of the realm (keycloak/realm.mjs) as profiles, for the pages' specs.
import type { OcopProfile } from '@ocop/common';

export const DISTRICT_OFFICER: OcopProfile = {
  username: 'vq.nongnghiep',
  name: 'Hoàng Văn Cường',
  roles: ['district-officer'],
  districtCode: '184',
  departmentCode: 'NNPTNT',
};

export const PROVINCE_OFFICER: OcopProfile = {
  username: 'so.nongnghiep',
  name: 'Cán bộ Sở',
  roles: ['province-officer'],
};

export const COUNCIL_MEMBER: OcopProfile = {
  username: 'hoidong.1',
  name: 'Lý Thị Hoa',
  roles: ['council-member'],
};

export const COMMUNE_OFFICER: OcopProfile = {
  username: 'xa.huule',
  name: 'Cán bộ xã',
  roles: ['commune-officer'],
  communeCode: '06322',
};
