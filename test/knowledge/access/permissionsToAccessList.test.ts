import assert from 'node:assert/strict';
import type { GraphIdentitySet, GraphPermission } from '../../../knowledge/graph/graphTypes';
import { permissionsToAccessList } from '../../../knowledge/access/permissionsToAccessList';

const OWNER = '7c1f0d1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f';
const ALEX = '1a2b3c4d-0000-4000-8000-00000000a1ec';
const MEGAN = '1a2b3c4d-0000-4000-8000-0000000e6a9b';
const ENG_CHASSIS = 'a1b2c3d4-1111-4111-8111-0000000c4a55';
const BRAND_VELORA = 'a1b2c3d4-2222-4222-8222-0000000ve10a';

const user = (id: string, name: string): GraphIdentitySet => ({
  user: { id, displayName: name, email: `${name.split(' ')[0]?.toLowerCase()}@norvik.example` },
  siteUser: {
    id: '14',
    displayName: name,
    loginName: `i:0#.f|membership|${name.split(' ')[0]?.toLowerCase()}@norvik.example`,
  },
});
const group = (id: string, name: string): GraphIdentitySet => ({
  group: { id, displayName: name, email: `${name}@norvik.example` },
  siteUser: { id: '22', displayName: name, loginName: `c:0o.c|federateddirectoryclaimprovider|${id}` },
});
const ownerPermission: GraphPermission = {
  id: 'aTowIy5mfG1lbWJlcnNoaXB8b3duZXI',
  roles: ['owner'],
  grantedToV2: user(OWNER, 'Olivia Owner'),
};
const direct = (id: string, set: GraphIdentitySet, roles = ['read']): GraphPermission => ({
  id,
  roles,
  grantedToV2: set,
  inheritedFrom: {},
});
const link = (scope: string, extra: Partial<GraphPermission> = {}): GraphPermission => ({
  id: `link-${scope}`,
  roles: ['read'],
  link: { scope, type: 'view', webUrl: `https://norvik.sharepoint.com/:w:/s/eng/E${scope}` },
  shareId: 'u!aHR0cHM6Ly9ub3J2aWs',
  expirationDateTime: '0001-01-01T00:00:00Z',
  ...extra,
});
const createdBy: GraphIdentitySet = { user: { id: ALEX, displayName: 'Alex Wilber' } };

const cases: {
  name: string;
  permissions: GraphPermission[];
  access: string[];
  unrecognised?: number;
  creator?: boolean;
}[] = [
  { name: 'owner only', permissions: [ownerPermission], access: [`user:${OWNER}`] },
  {
    name: 'a user grant (grantedToV2.user, with its siteUser)',
    permissions: [ownerPermission, direct('p1', user(MEGAN, 'Megan Bowen'))],
    access: [`user:${MEGAN}`, `user:${OWNER}`],
  },
  {
    name: 'an Entra group grant (grantedToV2.group)',
    permissions: [ownerPermission, direct('p2', group(ENG_CHASSIS, 'eng-chassis'), ['write'])],
    access: [`group:${ENG_CHASSIS}`, `user:${OWNER}`],
  },
  {
    name: 'an inherited grant counts like a direct one',
    permissions: [
      {
        ...direct('p3', group(BRAND_VELORA, 'brand-velora')),
        inheritedFrom: { driveId: 'b!x', id: '01FOLDER', path: '/drive/root:/Velora' },
      },
    ],
    access: [`group:${BRAND_VELORA}`],
  },
  {
    name: 'an organisation-wide link',
    permissions: [ownerPermission, link('organization')],
    access: ['everyone', `user:${OWNER}`],
  },
  {
    name: 'an anonymous link is organisation-wide, never public',
    permissions: [link('anonymous')],
    access: ['everyone'],
  },
  {
    name: 'a specific-people link grants its listed users and groups',
    permissions: [
      link('users', {
        grantedToIdentitiesV2: [user(MEGAN, 'Megan Bowen'), group(ENG_CHASSIS, 'eng-chassis')],
      }),
    ],
    access: [`group:${ENG_CHASSIS}`, `user:${MEGAN}`],
  },
  {
    name: 'an existing-access link grants nothing new',
    permissions: [ownerPermission, link('existingAccess')],
    access: [`user:${OWNER}`],
  },
  {
    name: 'an expired link grants nothing',
    permissions: [ownerPermission, link('organization', { expirationDateTime: '2026-02-01T00:00:00Z' })],
    access: [`user:${OWNER}`],
  },
  {
    name: 'a link that expires later grants nothing either (the index could not withdraw it on time)',
    permissions: [ownerPermission, link('organization', { expirationDateTime: '2099-12-31T00:00:00Z' })],
    access: [`user:${OWNER}`],
  },
  {
    name: 'a user grant with an expiry grants nothing',
    permissions: [
      ownerPermission,
      { ...direct('pe', user(MEGAN, 'Megan Bowen')), expirationDateTime: '2099-01-01T00:00:00Z' },
    ],
    access: [`user:${OWNER}`],
  },
  { name: 'no permissions at all: nobody', permissions: [], access: [] },
  {
    name: 'a SharePoint group without an Entra id: owner only',
    permissions: [
      ownerPermission,
      {
        id: 'p4',
        roles: ['read'],
        grantedToV2: { siteGroup: { id: '5', displayName: 'Engineering Visitors' } },
      },
      link('organization'),
    ],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'a SharePoint user without an Entra user: owner only',
    permissions: [
      ownerPermission,
      direct('p5', {
        siteUser: {
          id: '9',
          displayName: 'Everyone except external users',
          loginName: 'c:0-.f|rolemanager|spo-grid-all-users/tenant',
        },
      }),
    ],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'an application grant: owner only',
    permissions: [
      ownerPermission,
      direct('p6', { application: { id: 'app-1', displayName: 'Contoso Sync' } }, ['write']),
    ],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'a user without an id: owner only',
    permissions: [ownerPermission, direct('p7', { user: { displayName: 'Ghost' } })],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'an id that is not a valid principal: owner only',
    permissions: [ownerPermission, direct('p8', { user: { id: 'bad id<script>' } })],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'a link with an unknown scope: owner only',
    permissions: [ownerPermission, link('tenantAndGuests')],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'a link without a scope: owner only',
    permissions: [ownerPermission, { id: '1', roles: ['read'], link: { type: 'view', webUrl: 'https://x' } }],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'a specific-people link with one unmappable identity adds none of them',
    permissions: [
      ownerPermission,
      link('users', {
        grantedToIdentitiesV2: [
          user(MEGAN, 'Megan Bowen'),
          { siteGroup: { id: '3', displayName: 'Members' } },
        ],
      }),
    ],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'a pending invitation: owner only',
    permissions: [
      ownerPermission,
      { id: 'p9', roles: ['write'], invitation: { email: 'guest@example.com', signInRequired: true } },
    ],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'an unknown role: owner only',
    permissions: [ownerPermission, direct('p10', user(MEGAN, 'Megan Bowen'), ['sp.limited access'])],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'a permission without roles: owner only',
    permissions: [ownerPermission, { id: 'p11', grantedToV2: user(MEGAN, 'Megan Bowen') }],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'an unknown shape: owner only',
    permissions: [ownerPermission, { id: 'p12', roles: ['read'] }],
    access: [`user:${OWNER}`],
    unrecognised: 1,
  },
  {
    name: 'without an owner permission the creator is the owner',
    permissions: [
      { id: 'p13', roles: ['read'], grantedToV2: { siteGroup: { id: '4', displayName: 'Owners' } } },
    ],
    access: [`user:${ALEX}`],
    unrecognised: 1,
    creator: true,
  },
  {
    name: 'with no owner and no creator: nobody',
    permissions: [{ id: 'p14', roles: ['read'], grantedToV2: { application: { id: 'a' } } }],
    access: [],
    unrecognised: 1,
  },
  {
    name: 'an owner group is not a user owner: the creator is',
    permissions: [
      { id: 'p15', roles: ['owner'], grantedToV2: group(ENG_CHASSIS, 'eng-chassis') },
      direct('p16', { siteGroup: { id: '6', displayName: 'Members' } }),
    ],
    access: [`user:${ALEX}`],
    unrecognised: 1,
    creator: true,
  },
];

describe('permissionsToAccessList', () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = permissionsToAccessList(c.permissions, c.creator ? { createdBy } : {});
      assert.deepEqual(result.access, c.access);
      assert.equal(result.unrecognised.length, c.unrecognised ?? 0, result.unrecognised.join('; '));
    });
  }
  it('names the unmapped permission in unrecognised', () =>
    assert.match(
      permissionsToAccessList([direct('p1', { siteGroup: { id: '5', displayName: 'Engineering Visitors' } })])
        .unrecognised[0] ?? '',
      /permission p1: SharePoint group "Engineering Visitors"/,
    ));
  it('treats a non-object entry as unmappable', () =>
    assert.deepEqual(
      permissionsToAccessList([link('organization'), null as unknown as GraphPermission], { createdBy })
        .access,
      [`user:${ALEX}`],
    ));
});
