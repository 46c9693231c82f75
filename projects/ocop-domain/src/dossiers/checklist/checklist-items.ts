import type { ChecklistItemDefinition, CriteriaSetId, FileKind } from './checklist-types';

/**
 * The dossier items of each criteria set, as data. Group- and kind-specific rules live in checklist-for.ts.
 * Source: docs ocop-reference §3.1 (QĐ 1048, 18 items) and §3.2 / §2.1 / §2.3 (QĐ 148, partly unconfirmed).
 */

const SCAN: readonly FileKind[] = ['pdf', 'jpeg', 'png'];
const FORM: readonly FileKind[] = ['pdf', 'docx', 'jpeg', 'png'];
const PLAN: readonly FileKind[] = ['pdf', 'docx', 'xlsx', 'jpeg', 'png'];
const STORY: readonly FileKind[] = ['pdf', 'jpeg', 'png', 'docx', 'mp4', 'mp3'];

/** The lab report counts for 12 months from its date: a requirement of our issue, not of the reference. */
export const LAB_REPORT_MAX_AGE_MONTHS = 12;

type Options = Partial<Pick<ChecklistItemDefinition, 'delivery' | 'needsDocumentDate' | 'maxAgeMonths'>>;

function item(
  criteriaSet: CriteriaSetId,
  number: number | null,
  id: string,
  name: string,
  guidance: string,
  mandatory: boolean,
  acceptedFileKinds: readonly FileKind[],
  options: Options = {},
): ChecklistItemDefinition {
  return {
    id,
    criteriaSet,
    number,
    name,
    guidance,
    mandatory,
    delivery: options.delivery ?? 'document',
    acceptedFileKinds,
    needsDocumentDate: options.needsDocumentDate ?? false,
    maxAgeMonths: options.maxAgeMonths ?? null,
  };
}

const SAMPLE = { delivery: 'physical-sample' } as const;
const DATED_LAB_REPORT = { needsDocumentDate: true, maxAgeMonths: LAB_REPORT_MAX_AGE_MONTHS } as const;

/** Item ids that the rules in checklist-for.ts and checklist-rules.ts refer to. */
export const CHECKLIST_ITEM_IDS = {
  businessRegistration: 'giay-dang-ky-kinh-doanh',
  productSample: 'san-pham-mau',
  productionCertificate: 'giay-du-dieu-kien-san-xuat',
  labReport: 'phieu-kiem-nghiem',
} as const;

/**
 * QĐ 1048: "hồ sơ đăng ký tham gia đánh giá cấp huyện", items 1–5 bắt buộc, 6–18 bổ sung (ocop-reference §3.1).
 * Names are the reference's "Tài liệu" column; "(phiếu kiểm nghiệm)" is the reference's own gloss of item 9.
 */
export const CHECKLIST_ITEMS_1048: readonly ChecklistItemDefinition[] = [
  item(
    '1048',
    1,
    'phieu-dang-ky-san-pham',
    'Phiếu đăng ký ý tưởng sản phẩm, đăng ký sản phẩm',
    'Biểu số 01 (sản phẩm mới) hoặc biểu số 02 (sản phẩm đã có)',
    true,
    FORM,
  ),
  item(
    '1048',
    2,
    'phuong-an-kinh-doanh',
    'Phương án, kế hoạch kinh doanh sản phẩm',
    'Biểu số 03',
    true,
    PLAN,
  ),
  item('1048', 3, 'gioi-thieu-bo-may-to-chuc', 'Giới thiệu bộ máy tổ chức', 'Biểu số 04', true, FORM),
  // Mandatory "đối với các đơn vị/cá nhân có đăng ký kinh doanh": checklistFor drops it for the others.
  item(
    '1048',
    4,
    CHECKLIST_ITEM_IDS.businessRegistration,
    'Giấy đăng ký kinh doanh',
    'Bản sao có công chứng, đối với các đơn vị/cá nhân có đăng ký kinh doanh',
    true,
    SCAN,
  ),
  item(
    '1048',
    5,
    CHECKLIST_ITEM_IDS.productSample,
    'Sản phẩm mẫu',
    '05 đơn vị sản phẩm (trừ sản phẩm dịch vụ)',
    true,
    [],
    SAMPLE,
  ),
  // Supporting in the list, but the scoring sheet stops without it for food and drink: see checklist-for.ts.
  item(
    '1048',
    6,
    CHECKLIST_ITEM_IDS.productionCertificate,
    'Giấy đủ điều kiện sản xuất',
    'Bản sao có công chứng (ví dụ Giấy chứng nhận cơ sở đủ điều kiện ATTP), đối với sản phẩm phải có theo quy định',
    false,
    SCAN,
  ),
  item('1048', 7, 'cong-bo-chat-luong', 'Công bố chất lượng sản phẩm', 'Bản sao', false, SCAN),
  item('1048', 8, 'tieu-chuan-san-pham', 'Tiêu chuẩn sản phẩm', 'Bản sao', false, FORM),
  item(
    '1048',
    9,
    CHECKLIST_ITEM_IDS.labReport,
    'Phiếu kết quả kiểm tra chỉ tiêu ATTP theo tiêu chuẩn công bố (phiếu kiểm nghiệm)',
    'Bản sao, có ngày trong vòng 12 tháng',
    false,
    SCAN,
    DATED_LAB_REPORT,
  ),
  item(
    '1048',
    10,
    'ma-vach-truy-xuat-so-huu-tri-tue',
    'Mã số mã vạch, tem truy xuất nguồn gốc, chứng nhận sở hữu trí tuệ, chỉ dẫn địa lý, nhãn hiệu',
    'Bản sao',
    false,
    SCAN,
  ),
  item(
    '1048',
    11,
    'nguon-goc-nguyen-lieu',
    'Nguồn gốc nguyên liệu, liên kết chuỗi',
    'Xác nhận, hợp đồng, hóa đơn…',
    false,
    PLAN,
  ),
  item(
    '1048',
    12,
    'he-thong-quan-ly-chat-luong',
    'Hệ thống quản lý chất lượng tiên tiến, kiểm soát chất lượng',
    'Theo biểu mẫu',
    false,
    PLAN,
  ),
  item(
    '1048',
    13,
    'bao-ve-moi-truong',
    'Bảo vệ môi trường',
    'Kế hoạch bảo vệ môi trường, cam kết hoặc đánh giá tác động môi trường',
    false,
    FORM,
  ),
  item('1048', 14, 'ke-toan', 'Kế toán', 'Minh chứng về công tác kế toán', false, PLAN),
  item(
    '1048',
    15,
    'phat-trien-thi-truong',
    'Phát triển thị trường, quảng bá, xúc tiến thương mại',
    'Hợp đồng, xác nhận phân phối, xuất khẩu…',
    false,
    PLAN,
  ),
  item(
    '1048',
    16,
    'cau-chuyen-san-pham',
    'Câu chuyện về sản phẩm',
    'Tờ rơi, hình ảnh, phim, ghi âm',
    false,
    STORY,
  ),
  item(
    '1048',
    17,
    'kiem-soat-chat-luong-lo-san-xuat',
    'Kế hoạch kiểm soát chất lượng, ghi hồ sơ lô sản xuất',
    'Bản sao',
    false,
    PLAN,
  ),
  item('1048', 18, 'giai-thuong-binh-chon', 'Giải thưởng, bình chọn', 'Bản sao', false, SCAN),
];

/**
 * QĐ 148, as far as found (ocop-reference §3.2): the phiếu đăng ký names as attachments only the
 * "Báo cáo đánh giá về sản phẩm theo Bộ tiêu chí (bản gốc, bản điện tử)" and "Sản phẩm mẫu"; the council
 * evaluates sample + dossier (§2.3). ⚠ The official Mẫu numbers and any per-group documents are unconfirmed,
 * so the production certificate, lab report and evidence items below are OUR INFERENCE: the law on food
 * safety and the score's need for evidence do not change with the criteria set.
 */
export const CHECKLIST_ITEMS_148: readonly ChecklistItemDefinition[] = [
  // The reference says only "Phiếu đăng ký"; the fuller name is ours until the official Mẫu is found.
  item(
    '148',
    null,
    'phieu-dang-ky-san-pham',
    'Phiếu đăng ký sản phẩm tham gia đánh giá',
    'Ghi rõ nhóm sản phẩm và lần đăng ký: lần đầu, nâng hạng hoặc đánh giá lại',
    true,
    FORM,
  ),
  item(
    '148',
    null,
    'bao-cao-tu-danh-gia',
    'Báo cáo đánh giá về sản phẩm theo Bộ tiêu chí',
    'Bản gốc và bản điện tử',
    true,
    FORM,
  ),
  item(
    '148',
    null,
    CHECKLIST_ITEM_IDS.productSample,
    'Sản phẩm mẫu',
    'Theo số lượng ghi trong phiếu đăng ký (trừ sản phẩm dịch vụ)',
    true,
    [],
    SAMPLE,
  ),
  // ⚠ inference, see above; raised to mandatory for food and drink by checklistFor, like under 1048.
  item(
    '148',
    null,
    CHECKLIST_ITEM_IDS.productionCertificate,
    'Giấy đủ điều kiện sản xuất',
    'Bản sao (ví dụ Giấy chứng nhận cơ sở đủ điều kiện ATTP), đối với sản phẩm phải có theo quy định',
    false,
    SCAN,
  ),
  // ⚠ inference, see above.
  item(
    '148',
    null,
    CHECKLIST_ITEM_IDS.labReport,
    'Phiếu kết quả kiểm nghiệm sản phẩm (phiếu kiểm nghiệm)',
    'Bản sao, có ngày trong vòng 12 tháng',
    false,
    SCAN,
    DATED_LAB_REPORT,
  ),
  // ⚠ "evidence" in general: the reference says the report is backed by evidence but lists none by name.
  item(
    '148',
    null,
    'minh-chung-kem-theo',
    'Minh chứng kèm theo báo cáo đánh giá',
    'Tài liệu chứng minh cho từng tiêu chí trong báo cáo',
    false,
    STORY,
  ),
];

/** The full catalogue of a criteria set, before any group or kind rule. */
export function checklistItemsOf(criteriaSet: CriteriaSetId): readonly ChecklistItemDefinition[] {
  return criteriaSet === '1048' ? CHECKLIST_ITEMS_1048 : CHECKLIST_ITEMS_148;
}
