import { productGroupByCode } from '../../catalog/product-groups';
import { checklistItemsOf, CHECKLIST_ITEM_IDS } from './checklist-items';
import type { ChecklistItemDefinition, CriteriaSetId, RegistrationKind } from './checklist-types';

export interface ChecklistOptions {
  /**
   * Whether the chủ thể has a business registration. Under 1048 the Giấy đăng ký kinh doanh is mandatory only
   * "đối với các đơn vị/cá nhân có đăng ký kinh doanh" (ocop-reference §3.1). Defaults to true, the strict case.
   */
  hasBusinessRegistration?: boolean;
}

// Ngành 1 Thực phẩm and 2 Đồ uống of the 1048 classification (ocop-reference §1.3), nhóm 1–2 of 148 (§2.1).
const FOOD_AND_DRINK_SECTORS: ReadonlySet<string> = new Set(['1', '2', '148-1', '148-2']);
// Ngành 6 Dịch vụ du lịch nông thôn và bán hàng (1048), nhóm 6 Dịch vụ du lịch… (148): a service has no
// product sample (§3.1 item 5, §2.3).
const SERVICE_SECTORS: ReadonlySet<string> = new Set(['6', '148-6']);

/**
 * The items that apply to one dossier, in catalogue order.
 *
 * Rules and where they come from:
 * - No product sample for services: reference (1048 item 5 "trừ sản phẩm dịch vụ"; 148 §2.3).
 * - No business registration item when the chủ thể has none: reference (1048 item 4).
 * - Giấy đủ điều kiện sản xuất only for ngành 1–2, and there mandatory: the reference says it is needed
 *   "for products that legally need such a certificate (e.g. food, drink)" and that the food/drink scoring
 *   sheet stops without it. Limiting it to food and drink, and making it mandatory, is OUR INFERENCE (the
 *   issue asks for it); herbal products (ngành 3) may need other licences the reference does not name.
 * - 148 re-evaluation: only phiếu đăng ký and báo cáo are mandatory, the sample becomes supporting:
 *   reference §2.1 ("phiếu đăng ký + chủ thể's report"), ⚠ from a press summary.
 * - The registration kind changes nothing else; the reference gives a single 1048 list.
 *
 * Products store a group code of either classification (catalog/product-groups.ts), whatever set the round
 * applies; the group rules read the top level of that code.
 *
 * @throws RangeError for a code that is not a 1048 phân nhóm: guessing would hide a required certificate.
 */
export function checklistFor(
  criteriaSet: CriteriaSetId,
  productGroupCode: string,
  registrationKind: RegistrationKind,
  options: ChecklistOptions = {},
): ChecklistItemDefinition[] {
  const group = productGroupByCode(productGroupCode);
  if (!group) throw new RangeError(`Mã phân nhóm sản phẩm không hợp lệ: ${productGroupCode}`);
  const foodOrDrink = FOOD_AND_DRINK_SECTORS.has(group.top.code);
  const service = SERVICE_SECTORS.has(group.top.code);
  const registered = options.hasBusinessRegistration ?? true;
  const lightReEvaluation = criteriaSet === '148' && registrationKind === 're-evaluation';

  return checklistItemsOf(criteriaSet).flatMap((definition): ChecklistItemDefinition[] => {
    switch (definition.id) {
      case CHECKLIST_ITEM_IDS.productSample:
        if (service) return [];
        return [lightReEvaluation ? { ...definition, mandatory: false } : definition];
      case CHECKLIST_ITEM_IDS.businessRegistration:
        return registered ? [definition] : [];
      case CHECKLIST_ITEM_IDS.productionCertificate:
        return foodOrDrink ? [{ ...definition, mandatory: true }] : [];
      default:
        return [definition];
    }
  });
}
