// The province's dev realm as code: `buildRealm()` returns the JSON that Keycloak imports. Generated, not
// hand-written, because the user profile must be embedded as a JSON string and the user list is data.
// Research behind each choice: ../shared/design/keycloak-notes.md §2.

export const REALM = 'langson';
export const PORTAL_CLIENT = 'ocop-portal';
export const API_CLIENT = 'ocop-api';
/** TEST ONLY — password grants for API tests. Never create these clients in a production realm. */
export const TEST_CLIENT = 'ocop-test-only';
export const TEST_OTHER_AUDIENCE_CLIENT = 'test-only-other-audience';
export const TEST_SHORT_LIVED_CLIENT = 'test-only-short-lived';
export const DEMO_PASSWORD = 'ocop-demo';

export const OCOP_ROLES = [
  'ocop-admin',
  'province-officer',
  'district-officer',
  'department-officer',
  'commune-officer',
  'council-member',
];

/** Demo users of Văn Quan (district 184) and the province, with the units of the seed plan. */
export const DEMO_USERS = [
  {
    username: 'admin.tinh',
    first: 'An',
    last: 'Nguyễn Văn',
    roles: ['ocop-admin'],
    unit: 'Văn phòng UBND tỉnh (CNTT)',
  },
  {
    username: 'so.nongnghiep',
    first: 'Bình',
    last: 'Trần Thị',
    roles: ['province-officer'],
    unit: 'Sở NN&PTNT',
  },
  {
    username: 'vq.nongnghiep',
    first: 'Cường',
    last: 'Hoàng Văn',
    roles: ['district-officer'],
    attrs: { district_code: '184', department_code: 'NNPTNT' },
    unit: 'Phòng NN&PTNT huyện Văn Quan',
  },
  {
    username: 'vq.yte',
    first: 'Dung',
    last: 'Lý Thị',
    roles: ['department-officer'],
    attrs: { district_code: '184', department_code: 'TTYT' },
    unit: 'Trung tâm Y tế huyện Văn Quan',
  },
  {
    username: 'vq.kinhte',
    first: 'Đức',
    last: 'Nông Văn',
    roles: ['department-officer'],
    attrs: { district_code: '184', department_code: 'KTHT' },
    unit: 'Phòng Kinh tế và Hạ tầng huyện Văn Quan',
  },
  {
    username: 'xa.huule',
    first: 'Em',
    last: 'Vi Văn',
    roles: ['commune-officer'],
    attrs: { district_code: '184', commune_code: '06322' },
    unit: 'UBND xã Hữu Lễ',
  },
  {
    username: 'xa.vanquan',
    first: 'Hoa',
    last: 'Lộc Thị',
    roles: ['commune-officer'],
    attrs: { district_code: '184', commune_code: '06253' },
    unit: 'UBND thị trấn Văn Quan',
  },
  ...[1, 2, 3].map((n) => ({
    username: `hoidong.${n}`,
    first: ['Giang', 'Hải', 'Khánh'][n - 1],
    last: ['Đinh Thị', 'Mông Văn', 'Hà Thị'][n - 1],
    roles: ['council-member'],
    attrs: { district_code: '184' },
    unit: 'Hội đồng đánh giá OCOP huyện Văn Quan',
  })),
  { username: 'khach', first: 'Khách', last: 'Phạm Văn', roles: [], unit: 'không có vai trò OCOP' },
  {
    username: 'cl.nongnghiep',
    first: 'Long',
    last: 'Chu Văn',
    roles: ['district-officer'],
    attrs: { district_code: '183', department_code: 'NNPTNT' },
    unit: 'Phòng NN&PTNT huyện Cao Lộc',
  },
];

const UNIT_ATTRIBUTES = ['district_code', 'commune_code', 'department_code'];

/**
 * @param {{ portalOrigins: string[], accessTokenLifespan?: number, ssoSessionIdleTimeout?: number }} options
 */
export function buildRealm({ portalOrigins, accessTokenLifespan = 300, ssoSessionIdleTimeout = 1800 }) {
  const mappers = [audienceMapper(API_CLIENT), ...UNIT_ATTRIBUTES.map(attributeMapper)];
  return {
    realm: REALM,
    displayName: 'Tỉnh Lạng Sơn',
    enabled: true,
    sslRequired: 'external',
    loginTheme: 'keycloak.v2',
    internationalizationEnabled: true,
    supportedLocales: ['vi', 'en'],
    defaultLocale: 'vi',
    accessTokenLifespan,
    ssoSessionIdleTimeout,
    // No `clientScopes` array: listing one replaces the built-in scopes (and `sub` with them).
    roles: { client: { [API_CLIENT]: OCOP_ROLES.map((name) => ({ name })) } },
    clients: [
      {
        clientId: PORTAL_CLIENT,
        name: 'Cổng dịch vụ công (OCOP)',
        enabled: true,
        protocol: 'openid-connect',
        publicClient: true,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        redirectUris: portalOrigins.map((o) => `${o}/*`),
        webOrigins: ['+'],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
        protocolMappers: mappers,
      },
      {
        // A second portal of the province (e2e: portal/minimal, written only from docs/integration.md).
        clientId: 'minimal-portal',
        name: 'Cổng tối giản',
        enabled: true,
        protocol: 'openid-connect',
        publicClient: true,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        redirectUris: portalOrigins.map((o) => `${o}/portal/*`),
        webOrigins: ['+'],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
        protocolMappers: mappers,
      },
      {
        // The resource server: nobody signs in with it; it names the audience and owns the OCOP roles.
        clientId: API_CLIENT,
        name: 'OCOP API',
        enabled: true,
        protocol: 'openid-connect',
        publicClient: false,
        bearerOnly: false,
        secret: 'not-used-by-anyone',
        standardFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
      },
      {
        // TEST ONLY: password grant so API tests get real tokens without a browser.
        clientId: TEST_CLIENT,
        name: 'TEST ONLY — never in production',
        enabled: true,
        protocol: 'openid-connect',
        publicClient: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: true,
        protocolMappers: mappers,
      },
      {
        // TEST ONLY: tokens for some other audience. Without full scope the OCOP roles are not in scope,
        // so Keycloak's audience resolution cannot add `ocop-api` either.
        clientId: TEST_OTHER_AUDIENCE_CLIENT,
        name: 'TEST ONLY — another application',
        enabled: true,
        protocol: 'openid-connect',
        publicClient: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: true,
        fullScopeAllowed: false,
      },
      {
        // TEST ONLY: access tokens that expire after one second, for the expired-token checks.
        clientId: TEST_SHORT_LIVED_CLIENT,
        name: 'TEST ONLY — short-lived tokens',
        enabled: true,
        protocol: 'openid-connect',
        publicClient: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: true,
        attributes: { 'access.token.lifespan': '1' },
        protocolMappers: mappers,
      },
    ],
    users: DEMO_USERS.map((u) => ({
      username: u.username,
      enabled: true,
      email: `${u.username}@langson.example`,
      emailVerified: true,
      firstName: u.first,
      lastName: u.last,
      attributes: Object.fromEntries(Object.entries(u.attrs ?? {}).map(([k, v]) => [k, [v]])),
      credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
      clientRoles: u.roles.length ? { [API_CLIENT]: u.roles } : {},
    })),
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        {
          providerId: 'declarative-user-profile',
          subComponents: {},
          config: { 'kc.user.profile.config': [JSON.stringify(userProfile())] },
        },
      ],
    },
  };
}

function userProfile() {
  const everyone = { view: ['admin', 'user'], edit: ['admin', 'user'] };
  return {
    unmanagedAttributePolicy: 'ADMIN_EDIT',
    attributes: [
      {
        name: 'username',
        permissions: everyone,
        validations: { length: { min: 3, max: 255 }, 'username-prohibited-characters': {} },
      },
      { name: 'email', required: { roles: ['user'] }, permissions: everyone, validations: { email: {} } },
      { name: 'firstName', required: { roles: ['user'] }, permissions: everyone },
      { name: 'lastName', required: { roles: ['user'] }, permissions: everyone },
      // Units are set by administrators only, and are not required (no profile prompt at login).
      ...UNIT_ATTRIBUTES.map((name) => ({
        name,
        multivalued: false,
        permissions: { view: ['admin', 'user'], edit: ['admin'] },
      })),
    ],
  };
}

function audienceMapper(audience) {
  return {
    name: `audience-${audience}`,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-audience-mapper',
    consentRequired: false,
    config: {
      'included.client.audience': audience,
      'access.token.claim': 'true',
      'id.token.claim': 'false',
      'introspection.token.claim': 'true',
    },
  };
}

function attributeMapper(attribute) {
  return {
    name: attribute,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-usermodel-attribute-mapper',
    consentRequired: false,
    config: {
      'user.attribute': attribute,
      'claim.name': attribute,
      'jsonType.label': 'String',
      multivalued: 'false',
      'access.token.claim': 'true',
      'id.token.claim': 'true',
      'userinfo.token.claim': 'true',
      'introspection.token.claim': 'true',
    },
  };
}
