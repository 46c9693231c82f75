import {
  DISTRICT_REGIME_1048,
  foldForSearch,
  formatQuarter,
  parseNewDossier,
  quarterEnd,
  type DossierDetail,
  type Principal,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import { type Db, sqlErrorOf, UNIQUE_VIOLATION } from '../../db/db';
import { ApiHttpError, validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { catalogWriteScope, restrictToScope } from '../auth/scope';
import { readDossierDetail } from './dossier-write';

interface ProductRow {
  id: string;
  name: string;
  producer_name: string;
  commune_code: string;
  district_code: string | null;
  stage: string | null;
}

/**
 * Opens an evaluation dossier for a product of the caller's units, in the workflow's initial state with every
 * checklist item missing. In draft, the dossier's deadline is the end of its target quarter (the plan's).
 * A re-evaluation names the dossier it follows (`previousDossierId`).
 */
export async function createDossier(
  db: Db,
  caller: Principal,
  fields: Record<string, unknown>,
  previousDossierId: string | null = null,
): Promise<DossierDetail> {
  const parsed = parseNewDossier(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const input = parsed.value;
  // Dossiers of the 1048 and 148 rounds run the district regime; the 2025 commune regime (QĐ 1489) needs
  // provincial reviewers, and is chosen here once a province switches to it.
  const workflow = DISTRICT_REGIME_1048;

  const id = await db.transaction(async (tx) => {
    const where = restrictToScope(new Conditions(), catalogWriteScope(caller), 'pr.commune_code');
    where.and(`pr.id = ${where.param(input.productId)}`);
    const [product] = await tx.query<ProductRow>(
      `select pr.id, pr.name, p.name as producer_name, pr.commune_code, to_jsonb(pr) ->> 'stage' as stage,
              (select u.parent_code from admin_units u
               where u.level = 'commune' and u.code = pr.commune_code
               order by u.valid_from desc nulls last limit 1) as district_code
       from products pr join producers p on p.id = pr.producer_id
       ${where.where}`,
      where.params,
    );
    if (product === undefined) {
      throw validationFailed([
        {
          field: 'productId',
          code: 'not_found',
          message: 'Không tìm thấy sản phẩm, hoặc sản phẩm không thuộc đơn vị của bạn',
        },
      ]);
    }
    if (product.stage === 'idea') {
      throw validationFailed([
        {
          field: 'productId',
          code: 'invalid_choice',
          message: `“${product.name}” mới ở bước đăng ký ý tưởng: hoàn thiện đăng ký sản phẩm trước khi lập hồ sơ`,
        },
      ]);
    }
    if (product.district_code === null) throw new Error(`commune ${product.commune_code} has no district`);

    let created: { id: string } | undefined;
    try {
      [created] = await tx.query<{ id: string }>(
        `insert into dossiers (product_id, commune_code, district_code, workflow_id, criteria_set,
                               registration_kind, round_year, target_quarter, state, state_deadline,
                               search_text, created_by, previous_dossier_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::date, $11, $12, $13)
         returning id`,
        [
          product.id,
          product.commune_code,
          product.district_code,
          workflow.id,
          input.criteriaSet,
          input.registrationKind,
          input.roundYear,
          input.targetQuarter,
          workflow.initialState,
          input.targetQuarter === null ? null : quarterEnd(input.targetQuarter),
          foldForSearch(`${product.name} ${product.producer_name}`),
          caller.username,
          previousDossierId,
        ],
      );
    } catch (error) {
      if (sqlErrorOf(error)?.code === UNIQUE_VIOLATION) {
        throw new ApiHttpError(
          409,
          'CONFLICT',
          `“${product.name}” đã có hồ sơ trong kỳ đánh giá năm ${input.roundYear}`,
          [
            {
              field: 'productId',
              code: 'duplicate',
              message: `Mỗi sản phẩm chỉ có một hồ sơ trong một kỳ đánh giá; “${product.name}” đã có hồ sơ năm ${input.roundYear}`,
            },
          ],
        );
      }
      throw error;
    }
    if (created === undefined) throw new Error('insert into dossiers returned no id');
    await appendAudit(tx, {
      actor: caller,
      entityType: 'dossier',
      entityId: created.id,
      action: 'create',
      from: null,
      to: {
        state: workflow.initialState,
        criteriaSet: input.criteriaSet,
        registrationKind: input.registrationKind,
        roundYear: input.roundYear,
        targetQuarter: input.targetQuarter,
        ...(previousDossierId === null ? {} : { previousDossierId }),
      },
      comment:
        input.targetQuarter === null ? null : `Mục tiêu hoàn thành: ${formatQuarter(input.targetQuarter)}`,
    });
    return created.id;
  });
  return readDossierDetail(db, caller, id);
}
