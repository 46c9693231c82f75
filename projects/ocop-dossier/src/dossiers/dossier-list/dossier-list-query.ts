import { DISTRICT_REGIME_1048, productGroup1048 } from '@ocop/domain';
import {
  DEADLINE_FLAGS,
  DeadlineFilter,
  DOSSIER_SORTS,
  DossierQuery,
  DossierSort,
  SortDirection,
} from '../dossiers-api';

/** The longest search GET /api/dossiers accepts (`q`). */
export const MAX_SEARCH_LENGTH = 200;

/** Rows per page; the API's default, so a link with offsets written by hand still lines up. */
export const PAGE_SIZE = 50;

/**
 * What the dossier list shows, as the page keeps it in its URL (so back navigation and a reload find the same
 * list). Filters are text as selects and the query string hold them; '' means "all".
 */
export interface DossierListQuery {
  q: string;
  communeCode: string;
  state: string;
  productGroupCode: string;
  roundYear: string;
  flag: '' | DeadlineFilter;
  sort: DossierSort;
  dir: SortDirection;
  /** 1-based. */
  page: number;
}

export type DossierFilter = 'communeCode' | 'state' | 'productGroupCode' | 'roundYear' | 'flag';

export const DEFAULT_QUERY: DossierListQuery = {
  q: '',
  communeCode: '',
  state: '',
  productGroupCode: '',
  roundYear: '',
  flag: '',
  sort: 'updated',
  dir: 'desc',
  page: 1,
};

/** The direction a column sorts in when first chosen: the latest change first, everything else A→Z / soonest first. */
export function defaultDirection(sort: DossierSort): SortDirection {
  return sort === 'updated' ? 'desc' : 'asc';
}

// Short names in the URL; the list's own state, not the API's parameters.
const KEYS = {
  q: 'q',
  communeCode: 'commune',
  state: 'state',
  productGroupCode: 'group',
  roundYear: 'year',
  flag: 'flag',
  sort: 'sort',
  dir: 'dir',
  page: 'page',
} as const satisfies Record<keyof DossierListQuery, string>;

const COMMUNE_CODE = /^\d{5}$/;
const YEAR = /^\d{4}$/;
const PAGE = /^[1-9]\d{0,5}$/;

/**
 * The list's state from a query string. Anything unknown or malformed (a hand-edited link, a state a newer
 * definition renamed) falls back to its default instead of asking the API for something it would refuse.
 */
export function parseListQuery(search: string): DossierListQuery {
  const params = new URLSearchParams(search);
  const get = (key: keyof DossierListQuery): string => params.get(KEYS[key]) ?? '';
  const pick = <T extends string>(value: string, allowed: readonly T[], fallback: T): T =>
    (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

  const sort = pick(get('sort'), DOSSIER_SORTS, DEFAULT_QUERY.sort);
  const communeCode = get('communeCode');
  const state = get('state');
  const group = get('productGroupCode');
  const year = get('roundYear');
  const page = get('page');
  return {
    q: get('q').normalize('NFC').trim().slice(0, MAX_SEARCH_LENGTH),
    communeCode: COMMUNE_CODE.test(communeCode) ? communeCode : '',
    state: DISTRICT_REGIME_1048.states.some((s) => s.id === state) ? state : '',
    productGroupCode: productGroup1048(group) ? group : '',
    roundYear: YEAR.test(year) ? year : '',
    flag: pick(get('flag'), DEADLINE_FLAGS, ''),
    sort,
    dir: pick(get('dir'), ['asc', 'desc'] as const, defaultDirection(sort)),
    page: PAGE.test(page) ? Number(page) : 1,
  };
}

/** The query string of the list's state ('' for the default list): only what differs from the defaults. */
export function listQueryToSearch(query: DossierListQuery): string {
  const params = new URLSearchParams();
  const text = (key: 'q' | DossierFilter): void => {
    if (query[key] !== '') params.set(KEYS[key], query[key]);
  };
  text('q');
  text('communeCode');
  text('state');
  text('productGroupCode');
  text('roundYear');
  text('flag');
  if (query.sort !== DEFAULT_QUERY.sort) params.set(KEYS.sort, query.sort);
  if (query.dir !== defaultDirection(query.sort)) params.set(KEYS.dir, query.dir);
  if (query.page !== 1) params.set(KEYS.page, String(query.page));
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function sameListQuery(a: DossierListQuery, b: DossierListQuery): boolean {
  return (Object.keys(KEYS) as (keyof DossierListQuery)[]).every((key) => a[key] === b[key]);
}

/** GET /api/dossiers parameters for one page of the list. */
export function toApiQuery(query: DossierListQuery): DossierQuery {
  return {
    q: query.q || undefined,
    communeCode: query.communeCode || undefined,
    state: query.state || undefined,
    productGroupCode: query.productGroupCode || undefined,
    roundYear: query.roundYear === '' ? undefined : Number(query.roundYear),
    flag: query.flag || undefined,
    sort: query.sort,
    dir: query.dir,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  };
}

/** Whether any filter or search narrows the list (then an empty list means "no match", not "none yet"). */
export function isFiltered(query: DossierListQuery): boolean {
  return (
    query.q !== '' ||
    query.communeCode !== '' ||
    query.state !== '' ||
    query.productGroupCode !== '' ||
    query.roundYear !== '' ||
    query.flag !== ''
  );
}
