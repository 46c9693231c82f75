import {
  DISTRICT_REGIME_1048,
  certificateExpiry,
  checkTransition,
  foldForSearch,
  forwardsToProvince,
  starsFor,
  type OcopRole,
} from '@ocop/domain';
import type { Queryable, SqlParam } from '../../db/db';
import { bulkInsert } from './bulk-insert';
import { personName, type ScaleProduct } from './scale-catalog';
import { ID_KIND, epochDay, isoDay, officeTime, scaleId, type Prng } from './prng';
import { ROUND_YEARS, SCALE_TODAY, type ScaleCounts } from './scale-plan';
import type { ScaleUnits } from './scale-units';

/** Who acts in the synthetic histories: one commune officer per commune, one standing-unit officer per district. */
export interface ScaleActor {
  username: string;
  name: string;
  roles: OcopRole[];
  districtCode: string | null;
  communeCode: string | null;
  departmentCode: string | null;
}

export function communeOfficer(communeCode: string, districtCode: string): ScaleActor {
  return {
    username: `xa.${communeCode}`,
    name: `Cán bộ OCOP xã ${communeCode}`,
    roles: ['commune-officer'],
    districtCode,
    communeCode,
    departmentCode: null,
  };
}

export function districtOfficer(districtCode: string): ScaleActor {
  return {
    username: `nn.${districtCode}`,
    name: `Phòng NN&PTNT ${districtCode}`,
    roles: ['district-officer'],
    districtCode,
    communeCode: null,
    departmentCode: 'NNPTNT',
  };
}

const PROVINCE_OFFICER: ScaleActor = {
  username: 'so.nongnghiep',
  name: 'Sở Nông nghiệp và PTNT',
  roles: ['province-officer'],
  districtCode: null,
  communeCode: null,
  departmentCode: null,
};

export interface AuditRow {
  at: string;
  actor: ScaleActor;
  entityType: string;
  entityId: string;
  action: string;
  from: unknown;
  to: unknown;
  comment: string | null;
}

export async function insertAudit(db: Queryable, rows: readonly AuditRow[]): Promise<number> {
  return bulkInsert(
    db,
    'audit_log',
    [
      { name: 'at', type: 'timestamptz' },
      { name: 'actor_username', type: 'text' },
      { name: 'actor_name', type: 'text' },
      { name: 'actor_roles', type: 'text', cast: "string_to_array($v, ',')" },
      { name: 'actor_district_code', type: 'text' },
      { name: 'actor_commune_code', type: 'text' },
      { name: 'actor_department_code', type: 'text' },
      { name: 'entity_type', type: 'text' },
      { name: 'entity_id', type: 'text' },
      { name: 'action', type: 'text' },
      { name: 'from_value', type: 'text', cast: '$v::jsonb' },
      { name: 'to_value', type: 'text', cast: '$v::jsonb' },
      { name: 'comment', type: 'text' },
    ],
    rows.map((r) => [
      r.at,
      r.actor.username,
      r.actor.name,
      r.actor.roles.join(','),
      r.actor.districtCode,
      r.actor.communeCode,
      r.actor.departmentCode,
      r.entityType,
      r.entityId,
      r.action,
      r.from === null ? null : JSON.stringify(r.from),
      r.to === null ? null : JSON.stringify(r.to),
      r.comment,
    ]),
  );
}

const ITEMS = [
  'phieu-dang-ky-san-pham',
  'phuong-an-kinh-doanh',
  'gioi-thieu-bo-may-to-chuc',
  'san-pham-mau',
  'giay-du-dieu-kien-san-xuat',
];

/** A district council's session of a round: its slot date; dossiers accepted a week before join it. */
interface ScaleSession {
  id: string;
  councilId: string;
  district: string;
  year: number;
  slot: number;
  date: string;
  dossiers: { dossierId: string; mean: number; spread: number; stars: number; forwarded: boolean }[];
}

export interface ScaleDossierSummary {
  dossiers: number;
  auditEntries: number;
  sessions: number;
  certificates: number;
}

const SESSION_SLOTS = ['-08-20', '-10-08', '-12-05'];

/**
 * Dossiers of the 2019–2024 rounds with their whole audit history, walked through the district workflow of
 * QĐ 1048 by @ocop/domain checkTransition (a refused step is a bug here, and throws): created and prepared by
 * the commune, submitted, returned for supplementation and resubmitted or accepted by the district, scored by
 * the district council in a closed session (forwarded at 50 points or more), and certified or not by the
 * province. Nothing happens after SCALE_TODAY, so the 2024 round is caught in every state.
 */
export async function insertScaleDossiers(
  db: Queryable,
  prng: Prng,
  units: ScaleUnits,
  products: readonly ScaleProduct[],
  counts: ScaleCounts,
): Promise<ScaleDossierSummary> {
  const today = epochDay(SCALE_TODAY);
  const councilOf = new Map(units.districts.map((d, i) => [d, scaleId(ID_KIND.council, i + 1)]));
  const sessions = new Map<string, ScaleSession>();
  const dossierRows: SqlParam[][] = [];
  const itemRows: SqlParam[][] = [];
  const audit: AuditRow[] = [];
  const results: SqlParam[][] = [];
  const certificates: SqlParam[][] = [];
  let sessionCount = 0;

  // Every product gets floor(n/P) or one more dossiers, in distinct rounds, oldest first.
  const perProduct = products.map(
    (_, i) => Math.floor(counts.dossiers / products.length) + (i < counts.dossiers % products.length ? 1 : 0),
  );
  let dossierNumber = 0;
  for (const [p, product] of products.entries()) {
    const years = prng.shuffle(ROUND_YEARS).slice(0, perProduct[p]).sort();
    let certifiedBefore: string | null = null;
    let followed = false;
    for (const year of years) {
      const id = scaleId(ID_KIND.dossier, ++dossierNumber);
      const commune = communeOfficer(product.communeCode, product.districtCode);
      const district = districtOfficer(product.districtCode);
      const subject = {
        state: 'draft',
        communeCode: product.communeCode,
        districtCode: product.districtCode,
      };
      const registrationKind =
        certifiedBefore === null ? 'first-time' : prng.chance(0.6) ? 're-evaluation' : 'upgrade';
      const previous = registrationKind === 're-evaluation' && !followed ? certifiedBefore : null;
      if (previous !== null) followed = true;
      const targetQuarter = prng.chance(0.5) ? `${year}-Q${prng.int(2, 4)}` : null;
      let day = epochDay(`${year}-01-10`) + prng.int(0, 140);
      let at = officeTime(day, prng);
      let deadline: string | null = null;
      let since = at;
      let version = 1;
      const created = at;
      audit.push({
        at,
        actor: commune,
        entityType: 'dossier',
        entityId: id,
        action: 'create',
        from: null,
        to: { state: 'draft', criteriaSet: '1048', registrationKind, roundYear: year, targetQuarter },
        comment: null,
      });
      const itemStatus = new Map<string, string>();
      for (const item of prng.shuffle(ITEMS).slice(0, prng.int(3, ITEMS.length))) {
        const itemDay = day + prng.int(2, 25);
        if (itemDay > today) continue;
        itemStatus.set(item, 'provided');
        audit.push({
          at: officeTime(itemDay, prng),
          actor: commune,
          entityType: 'dossier',
          entityId: id,
          action: 'item-update',
          from: { itemId: item, status: 'missing', documentDate: null, remarks: null },
          to: { itemId: item, status: 'provided', documentDate: isoDay(itemDay - 3), remarks: null },
          comment: null,
        });
        version++;
      }
      day += 30;

      /** One workflow step on `stepDay`, if it is not after SCALE_TODAY; false when the walk stops. */
      const step = (
        action: string,
        actor: ScaleActor,
        stepDay: number,
        details: Record<string, unknown> = {},
        givenDeadline?: string,
        comment: string | null = null,
      ): boolean => {
        if (stepDay > today) return false;
        const check = checkTransition(
          DISTRICT_REGIME_1048,
          subject,
          actor,
          action,
          { 'mandatory-items-present': true, 'reason-per-returned-item': true, 'deadline-given': true },
          { today: isoDay(stepDay), givenDeadline },
        );
        if (!check.ok)
          throw new Error(`scale dossier ${id}: ${action} from ${subject.state}: ${check.message}`);
        at = officeTime(stepDay, prng);
        audit.push({
          at,
          actor,
          entityType: 'dossier',
          entityId: id,
          action,
          from: { state: subject.state },
          to: {
            state: check.to,
            ...(check.deadline === undefined ? {} : { deadline: check.deadline }),
            ...details,
          },
          comment,
        });
        subject.state = check.to;
        deadline = check.deadline ?? null;
        since = at;
        version++;
        day = stepDay;
        return true;
      };

      walk: {
        if (prng.chance(0.03)) {
          step('withdraw', commune, day + prng.int(5, 60), {}, undefined, 'Chủ thể xin rút hồ sơ.');
          break walk;
        }
        if (!step('submit', commune, day + prng.int(0, 40))) break walk;
        let returns = 0;
        for (;;) {
          const decisionDay = day + prng.int(2, 20);
          if (returns < 2 && prng.chance(returns === 0 ? 0.3 : 0.15)) {
            const given = isoDay(decisionDay + prng.int(20, 45));
            const item = prng.pick(ITEMS);
            if (
              !step(
                'return',
                district,
                decisionDay,
                { returnedItems: [{ itemId: item, reason: 'Cần bổ sung, hoàn thiện theo hướng dẫn.' }] },
                given,
              )
            )
              break walk;
            itemStatus.set(item, 'returned');
            returns++;
            if (prng.chance(0.08)) {
              step(
                'withdraw',
                commune,
                day + prng.int(10, 60),
                {},
                undefined,
                'Chủ thể không bổ sung được hồ sơ.',
              );
              break walk;
            }
            if (!step('resubmit', commune, day + prng.int(7, 50))) break walk;
            itemStatus.set(item, 'provided');
            continue;
          }
          if (!step('accept', district, decisionDay)) break walk;
          break;
        }
        // The first session of the district at least a week after acceptance.
        const slot = SESSION_SLOTS.findIndex((s) => epochDay(`${year}${s}`) >= day + 7);
        if (slot < 0) break walk;
        const sessionDay = epochDay(`${year}${SESSION_SLOTS[slot]}`) + (Number(product.districtCode) % 7);
        if (sessionDay > today) break walk;
        const key = `${product.districtCode}/${year}/${slot}`;
        let session = sessions.get(key);
        if (session === undefined) {
          session = {
            id: scaleId(ID_KIND.session, ++sessionCount),
            councilId: councilOf.get(product.districtCode)!,
            district: product.districtCode,
            year,
            slot,
            date: isoDay(sessionDay),
            dossiers: [],
          };
          sessions.set(key, session);
        }
        // Two draws averaged: scores bunch around 48 points, so a bit under half the dossiers reach 3★.
        const mean = Math.round((20 + ((prng.next() + prng.next()) / 2) * 56) * 100) / 100;
        const forwarded = forwardsToProvince('1048', mean);
        session.dossiers.push({
          dossierId: id,
          mean,
          spread: prng.int(0, 900) / 100,
          stars: starsFor(mean),
          forwarded,
        });
        const council = `Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện ${product.districtCode}`;
        if (
          !step(
            forwarded ? 'forward' : 'not-forward',
            district,
            sessionDay,
            { sessionId: session.id, mean, stars: starsFor(mean) },
            undefined,
            council,
          )
        )
          break walk;
        if (!forwarded) break walk;
        const decisionDay = day + prng.int(20, 60);
        const score = Math.min(100, Math.max(0, Math.round((mean + prng.next() * 10 - 5) * 100) / 100));
        const stars = starsFor(score);
        const certify = stars >= 3;
        const decisionNumber = `${prng.int(100, 2999)}/QĐ-UBND`;
        if (
          !step(certify ? 'certify' : 'not-certify', PROVINCE_OFFICER, decisionDay, {
            score,
            stars: Math.min(stars, 4),
            decisionNumber,
          })
        )
          break walk;
        results.push([
          id,
          score,
          Math.max(1, Math.min(stars, 4)),
          decisionNumber,
          isoDay(decisionDay),
          PROVINCE_OFFICER.username,
          at,
        ]);
        if (certify) {
          const issuedOn = isoDay(decisionDay);
          certificates.push([
            scaleId(ID_KIND.certificate, certificates.length + 1),
            id,
            product.id,
            Math.min(stars, 4),
            `${certificates.length + 1}/${year}/OCOP-LS`,
            decisionNumber,
            issuedOn,
            issuedOn,
            certificateExpiry(issuedOn),
          ]);
          certifiedBefore = id;
          followed = false;
        }
      }
      dossierRows.push([
        id,
        product.id,
        product.communeCode,
        product.districtCode,
        'district-1048',
        '1048',
        registrationKind,
        year,
        targetQuarter,
        subject.state,
        since,
        deadline,
        foldForSearch(`${product.name} ${product.producer.name}`),
        version,
        commune.username,
        created,
        since,
        previous,
      ]);
      for (const [item, status] of itemStatus) itemRows.push([id, item, status]);
    }
  }

  await bulkInsert(
    db,
    'dossiers',
    [
      { name: 'id', type: 'uuid' },
      { name: 'product_id', type: 'uuid' },
      { name: 'commune_code', type: 'text' },
      { name: 'district_code', type: 'text' },
      { name: 'workflow_id', type: 'text' },
      { name: 'criteria_set', type: 'text' },
      { name: 'registration_kind', type: 'text' },
      { name: 'round_year', type: 'int' },
      { name: 'target_quarter', type: 'text' },
      { name: 'state', type: 'text' },
      { name: 'state_since', type: 'timestamptz' },
      { name: 'state_deadline', type: 'date' },
      { name: 'search_text', type: 'text' },
      { name: 'version', type: 'int' },
      { name: 'created_by', type: 'text' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
      { name: 'previous_dossier_id', type: 'uuid' },
    ],
    dossierRows,
  );
  await bulkInsert(
    db,
    'dossier_items',
    [
      { name: 'dossier_id', type: 'uuid' },
      { name: 'item_id', type: 'text' },
      { name: 'status', type: 'text' },
    ],
    itemRows,
  );

  // Councils (one per district, members scoring on paper), their closed sessions and results.
  const members: SqlParam[][] = [];
  const councils: SqlParam[][] = units.districts.map((d) => {
    const councilId = councilOf.get(d)!;
    ['chair', 'vice-chair', 'member', 'member', 'secretary'].forEach((position, sort) => {
      members.push([
        scaleId(ID_KIND.member, members.length + 1),
        councilId,
        personName(prng),
        position,
        'Cán bộ',
        sort,
      ]);
    });
    return [
      councilId,
      'district',
      d,
      `Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện ${d}`,
      `${prng.int(100, 999)}/QĐ-UBND`,
      '2019-03-01',
      '2019-03-01',
    ];
  });
  await bulkInsert(
    db,
    'councils',
    [
      { name: 'id', type: 'uuid' },
      { name: 'level', type: 'text' },
      { name: 'unit_code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'decision_number', type: 'text' },
      { name: 'decision_date', type: 'date' },
      { name: 'term_from', type: 'date' },
    ],
    councils,
  );
  await bulkInsert(
    db,
    'council_members',
    [
      { name: 'id', type: 'uuid' },
      { name: 'council_id', type: 'uuid' },
      { name: 'full_name', type: 'text' },
      { name: 'position', type: 'text' },
      { name: 'title', type: 'text' },
      { name: 'sort', type: 'int' },
    ],
    members,
  );
  const sessionList = [...sessions.values()];
  await bulkInsert(
    db,
    'council_sessions',
    [
      { name: 'id', type: 'uuid' },
      { name: 'council_id', type: 'uuid' },
      { name: 'title', type: 'text' },
      { name: 'session_date', type: 'date' },
      { name: 'place', type: 'text' },
      { name: 'status', type: 'text' },
      { name: 'closed_at', type: 'timestamptz' },
      { name: 'closed_by', type: 'text' },
    ],
    sessionList.map((s) => [
      s.id,
      s.councilId,
      `Phiên đánh giá, phân hạng sản phẩm OCOP năm ${s.year} (đợt ${s.slot + 1})`,
      s.date,
      'Hội trường UBND huyện',
      'closed',
      `${s.date}T09:30:00Z`,
      districtOfficer(s.district).username,
    ]),
  );
  const memberIds = (councilId: string) => members.filter((m) => m[1] === councilId).map((m) => m[0]);
  await bulkInsert(
    db,
    'session_attendees',
    [
      { name: 'session_id', type: 'uuid' },
      { name: 'member_id', type: 'uuid' },
    ],
    sessionList.flatMap((s) => memberIds(s.councilId).map((m) => [s.id, m])),
  );
  await bulkInsert(
    db,
    'session_dossiers',
    [
      { name: 'session_id', type: 'uuid' },
      { name: 'dossier_id', type: 'uuid' },
      { name: 'sort', type: 'int' },
      { name: 'mean', type: 'numeric' },
      { name: 'spread', type: 'numeric' },
      { name: 'stars', type: 'int' },
      { name: 'forwarded', type: 'bool' },
    ],
    sessionList.flatMap((s) =>
      s.dossiers.map((d, sort) => [s.id, d.dossierId, sort + 1, d.mean, d.spread, d.stars, d.forwarded]),
    ),
  );
  for (const s of sessionList) {
    audit.push({
      at: `${s.date}T09:30:00.000Z`,
      actor: districtOfficer(s.district),
      entityType: 'council-session',
      entityId: s.id,
      action: 'close',
      from: { status: 'open', version: 1 },
      to: {
        status: 'closed',
        results: s.dossiers.map((d) => ({
          dossierId: d.dossierId,
          mean: d.mean,
          spread: d.spread,
          stars: d.stars,
        })),
      },
      comment: null,
    });
  }
  await bulkInsert(
    db,
    'province_results',
    [
      { name: 'dossier_id', type: 'uuid' },
      { name: 'score', type: 'numeric' },
      { name: 'stars', type: 'int' },
      { name: 'decision_number', type: 'text' },
      { name: 'decision_date', type: 'date' },
      { name: 'recorded_by', type: 'text' },
      { name: 'recorded_at', type: 'timestamptz' },
    ],
    results,
  );
  await bulkInsert(
    db,
    'certificates',
    [
      { name: 'id', type: 'uuid' },
      { name: 'dossier_id', type: 'uuid' },
      { name: 'product_id', type: 'uuid' },
      { name: 'stars', type: 'int' },
      { name: 'number', type: 'text' },
      { name: 'decision_number', type: 'text' },
      { name: 'decision_date', type: 'date' },
      { name: 'issued_on', type: 'date' },
      { name: 'expires_on', type: 'date' },
    ],
    certificates,
  );
  audit.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await insertAudit(db, audit);
  return {
    dossiers: dossierRows.length,
    auditEntries: audit.length,
    sessions: sessionList.length,
    certificates: certificates.length,
  };
}
