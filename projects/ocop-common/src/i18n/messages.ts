import type { CATALOG_VI } from './messages-catalog';
import type { DASHBOARD_VI } from './messages-dashboard';
import type { DOSSIER_DETAIL_VI } from './messages-dossier-detail';
import type { DOSSIER_LIST_VI } from './messages-dossier-list';
import type { EVALUATION_VI } from './messages-evaluation';
import type { PLANS_VI } from './messages-plans';
import type { REPORTS_VI } from './messages-reports';
import type { SCORING_VI } from './messages-scoring';
import type { TASK_DETAIL_VI } from './messages-task-detail';
import type { TASKS_VI } from './messages-tasks';

/**
 * User-visible text of every OCOP element. Vietnamese is the source and the default; English must have the
 * same keys (the type below makes a missing key a compile error). Data is not translated: names of
 * products, producers and administrative units stay as they are written.
 * A count takes two keys, `<key>.one` and `<key>.other` (Translator.count); Vietnamese repeats one text.
 */
export const MESSAGES_VI = {
  'shell.title': 'Chương trình OCOP',
  'shell.nav.label': 'Phân hệ OCOP',
  'shell.home.title': 'Chương trình mỗi xã một sản phẩm',
  'shell.home.intro': 'Chọn một phân hệ ở thanh điều hướng để bắt đầu.',
  'shell.notFound': 'Không tìm thấy trang này trong OCOP.',
  'shell.home.noModules': 'Vai trò của bạn chưa được giao phân hệ nghiệp vụ nào.',
  'shell.logout': 'Đăng xuất',
  'shell.sessionFailed': 'Không xác định được tài khoản đăng nhập.',
  'shell.noAccess.title': 'Bạn chưa có quyền sử dụng OCOP',
  'shell.noAccess.text':
    'Tài khoản của bạn đã đăng nhập cổng nhưng chưa được cấp vai trò trong Chương trình OCOP. Vui lòng liên hệ quản trị viên cổng của tỉnh để được cấp quyền.',
  'shell.moduleForbidden': 'Vai trò của bạn không được sử dụng phân hệ này.',
  /** The unit of a province-level user (no department, commune or district). */
  'shell.unit.province': 'Tỉnh Lạng Sơn',
  'module.dossier': 'Hồ sơ',
  'module.tasks': 'Nhiệm vụ',
  'module.reports': 'Báo cáo',
  'module.loading': 'Đang tải phân hệ…',
  'module.loadFailed': 'Không tải được phân hệ {name}.',
  'module.incompatible': 'Phiên bản phân hệ {name} không tương thích với cổng OCOP hiện tại.',
  'module.admin': 'Quản trị',
  'district.viewing': 'Đang xem huyện',
  'district.all': 'Toàn tỉnh',
  'admin.title': 'Bật, tắt phân hệ theo huyện',
  'admin.intro':
    'Tắt một phân hệ thì người dùng của huyện đó không dùng được phân hệ ấy nữa; máy chủ cũng từ chối mọi yêu cầu của họ tới phân hệ.',
  'admin.readOnly': 'Bạn chỉ được xem; chỉ quản trị viên cổng mới bật, tắt được phân hệ.',
  'admin.loadFailed': 'Không tải được thiết lập phân hệ.',
  'admin.district': 'Huyện',
  'admin.on': 'Bật',
  'admin.off': 'Tắt',
  'admin.saved': 'Đã lưu thay đổi.',
  'admin.bundles': 'Tình trạng gói phân hệ',
  'admin.bundleOk': 'tương thích với máy chủ OCOP đang chạy.',
  'admin.bundleUnavailable': 'không tải được gói phân hệ.',
  'admin.audit': 'Nhật ký thay đổi',
  'admin.auditEmpty': 'Chưa có thay đổi nào.',
  'admin.audit.when': 'Thời gian',
  'admin.audit.who': 'Người thực hiện',
  'admin.audit.what': 'Nội dung',
  'admin.audit.comment': 'Ghi chú',
  'admin.audit.enabled': 'Bật {module} cho {district}',
  'admin.audit.disabled': 'Tắt {module} cho {district}',
  'admin.confirm.title': 'Tắt phân hệ {module} cho {district}?',
  'admin.confirm.text':
    'Người dùng của huyện sẽ không thấy và không dùng được phân hệ này cho tới khi được bật lại. Dữ liệu đã lưu không bị xóa.',
  'admin.confirm.comment': 'Lý do (ghi vào nhật ký)',
  'admin.confirm.disable': 'Tắt phân hệ',
  'admin.confirm.cancel': 'Hủy',
  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',
  'products.title': 'Sản phẩm OCOP',
  'products.caption': 'Danh sách sản phẩm đăng ký tham gia Chương trình OCOP',
  'products.col.name': 'Tên sản phẩm',
  'products.col.producer': 'Chủ thể',
  'products.col.commune': 'Xã, thị trấn',
  'products.col.group': 'Phân nhóm sản phẩm',
  'products.empty': 'Chưa có sản phẩm nào.',
  'products.loadFailed': 'Không tải được danh sách sản phẩm.',
  'products.count.one': '{count} sản phẩm',
  'products.count.other': '{count} sản phẩm',
  'stars.count.one': '{count} sao',
  'stars.count.other': '{count} sao',
  'products.add': 'Thêm sản phẩm',
  'newProduct.title': 'Đăng ký sản phẩm OCOP',
  'newProduct.name': 'Tên sản phẩm',
  'newProduct.producer': 'Chủ thể',
  'newProduct.group': 'Phân nhóm sản phẩm (QĐ 1048)',
  'newProduct.choose': '— Chọn —',
  'newProduct.producersFailed': 'Không tải được danh sách chủ thể.',
  'newProduct.save': 'Lưu',
  'newProduct.saving': 'Đang lưu…',
  'newProduct.cancel': 'Hủy',
  'draft.offer': 'Bạn có một bản nháp chưa lưu lúc {time}.',
  'draft.restore': 'Khôi phục bản nháp',
  'draft.discard': 'Bỏ bản nháp',
  'tasks.title': 'Theo dõi nhiệm vụ',
  'tasks.pending': 'Phân hệ theo dõi nhiệm vụ kế hoạch OCOP đang được xây dựng.',
  'reports.title': 'Đánh giá và báo cáo',
  'reports.pending': 'Phân hệ đánh giá, phân hạng và báo cáo đang được xây dựng.',

  // Errors by ApiError code (Translator.apiError). The first three are made in the browser (ApiClient); the
  // others are the API's fixed texts, word for word. Any other code shows the API's own message.
  'error.NETWORK': 'Không kết nối được với máy chủ OCOP.',
  'error.HTTP': 'Máy chủ OCOP trả lời lỗi {status}.',
  'error.CLIENT': 'Đã xảy ra lỗi không mong muốn.',
  'error.VALIDATION_FAILED': 'Dữ liệu không hợp lệ, vui lòng kiểm tra lại',
  'error.CONFLICT': 'Dữ liệu trùng với một bản ghi đã có',
  'error.INTERNAL': 'Đã có lỗi trong máy chủ. Vui lòng thử lại sau.',

  // Field errors by form, field and code (Translator.fieldError). Vietnamese is word for word what
  // parseNewProduct (@ocop/domain) and the API say; a code not listed here shows their message as it is.
  'validation.product.name.required': 'Tên sản phẩm không được để trống',
  'validation.product.name.invalid_type': 'Tên sản phẩm phải là chuỗi ký tự',
  'validation.product.name.too_long': 'Tên sản phẩm không được dài quá {max} ký tự',
  'validation.product.name.duplicate': 'Chủ thể này đã có sản phẩm "{name}"',
  'validation.product.productGroupCode.required': 'Phân nhóm sản phẩm không được để trống',
  'validation.product.productGroupCode.invalid_type': 'Phân nhóm sản phẩm phải là chuỗi ký tự',
  'validation.product.productGroupCode.invalid_choice':
    'Phân nhóm sản phẩm không có trong phân loại của QĐ 1048/2019 hoặc QĐ 148/2023',
  'validation.product.producerId.required': 'Chủ thể không được để trống',
  'validation.product.producerId.invalid_type': 'Chủ thể phải là chuỗi ký tự',
  'validation.product.producerId.invalid_format': 'Mã chủ thể không hợp lệ',
  'validation.product.producerId.not_found': 'Không tìm thấy chủ thể này',
  'validation.product.communeCode.required': 'Xã không được để trống',
  'validation.product.communeCode.invalid_type': 'Xã phải là chuỗi ký tự',
  'validation.product.communeCode.invalid_format': 'Mã xã phải gồm đúng 5 chữ số (mã đơn vị hành chính)',
  'validation.product.communeCode.not_found': 'Không có xã nào mang mã {code}',

  // The 26 phân nhóm of QĐ 1048 by code (Translator.productGroup); Vietnamese is the decision's wording as
  // PRODUCT_SUBGROUPS_1048 (@ocop/domain) has it.
  'productGroup1048.1': 'Rau, củ, quả, hạt tươi',
  'productGroup1048.2': 'Thịt, trứng, sữa tươi',
  'productGroup1048.3': 'Gạo, ngũ cốc',
  'productGroup1048.4': 'Mật ong, các sản phẩm từ mật ong, mật khác',
  'productGroup1048.5': 'Đồ ăn nhanh',
  'productGroup1048.6': 'Chế biến từ gạo, ngũ cốc',
  'productGroup1048.7': 'Chế biến từ rau, củ, quả, hạt',
  'productGroup1048.8': 'Chế biến từ thịt, trứng, sữa',
  'productGroup1048.9': 'Chế biến từ thủy, hải sản',
  'productGroup1048.10': 'Tương, nước mắm, gia vị lỏng khác',
  'productGroup1048.11': 'Gia vị khác',
  'productGroup1048.12': 'Chè tươi, chế biến',
  'productGroup1048.13': 'Các sản phẩm khác từ chè, trà',
  'productGroup1048.14': 'Cà phê, ca cao',
  'productGroup1048.15': 'Rượu trắng',
  'productGroup1048.16': 'Đồ uống có cồn khác',
  'productGroup1048.17': 'Nước khoáng thiên nhiên, nước uống tinh khiết',
  'productGroup1048.18': 'Đồ uống không cồn',
  'productGroup1048.19': 'Thực phẩm chức năng, thuốc từ dược liệu, thuốc YHCT',
  'productGroup1048.20': 'Mỹ phẩm',
  'productGroup1048.21': 'Trang thiết bị, dụng cụ y tế',
  'productGroup1048.22': 'Thảo dược khác',
  'productGroup1048.23': 'Thủ công mỹ nghệ, trang trí',
  'productGroup1048.24': 'Thủ công mỹ nghệ gia dụng',
  'productGroup1048.25': 'Vải, may mặc',
  'productGroup1048.26': 'Dịch vụ du lịch – truyền thống – lễ hội',
} as const;

type CoreMessageKey = keyof typeof MESSAGES_VI;

/**
 * Every key an element may show: the core table above, loaded with every element, and the tables of the
 * dossier module's pages (messages-*.ts), loaded with the page's lazy chunk (registerMessages). The type
 * imports cost nothing at run time.
 */
export type MessageKey =
  | CoreMessageKey
  | keyof typeof CATALOG_VI
  | keyof typeof DOSSIER_LIST_VI
  | keyof typeof DOSSIER_DETAIL_VI
  | keyof typeof TASKS_VI
  | keyof typeof TASK_DETAIL_VI
  | keyof typeof PLANS_VI
  | keyof typeof SCORING_VI
  | keyof typeof EVALUATION_VI
  | keyof typeof DASHBOARD_VI
  | keyof typeof REPORTS_VI;

/** The keys `K` that have both `K.one` and `K.other`: what Translator.count takes. */
export type PluralMessageKey = {
  [K in MessageKey]: K extends `${infer Base}.other`
    ? `${Base}.one` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** The messages of one feature, in both languages (same keys: the type of the English table says so). */
export interface FeatureMessages {
  readonly vi: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

// Per bundle: each element has its own copy of this module, and a page registers its table on load.
const featureMessages: { vi: Map<string, string>; en: Map<string, string> } = {
  vi: new Map(),
  en: new Map(),
};

/** Makes a feature's messages known; called at the top of the page components that use them. Idempotent. */
export function registerMessages(messages: FeatureMessages): void {
  for (const [key, text] of Object.entries(messages.vi)) featureMessages.vi.set(key, text);
  for (const [key, text] of Object.entries(messages.en)) featureMessages.en.set(key, text);
}

/** The text of `key` in `locale`, or undefined when neither the core nor a loaded feature has it. */
export function messageText(locale: 'vi' | 'en', key: string): string | undefined {
  const core: Readonly<Record<string, string>> = locale === 'en' ? MESSAGES_EN : MESSAGES_VI;
  return Object.prototype.hasOwnProperty.call(core, key) ? core[key] : featureMessages[locale].get(key);
}

/** Whether `key` has a text now (a feature's keys count once the feature's page has loaded). */
export function isMessageKey(key: string): key is MessageKey {
  return messageText('vi', key) !== undefined;
}

export const MESSAGES_EN: Record<CoreMessageKey, string> = {
  'shell.title': 'OCOP programme',
  'shell.nav.label': 'OCOP modules',
  'shell.home.title': 'One Commune One Product',
  'shell.home.intro': 'Choose a module in the navigation to start.',
  'shell.notFound': 'This OCOP page does not exist.',
  'shell.home.noModules': 'Your role has no OCOP module assigned.',
  'shell.logout': 'Log out',
  'shell.sessionFailed': 'Your account could not be identified.',
  'shell.noAccess.title': 'You have no access to OCOP',
  'shell.noAccess.text':
    'You are signed in to the portal but hold no OCOP role. Please ask the province portal administrator for access.',
  'shell.moduleForbidden': 'Your role may not use this module.',
  'shell.unit.province': 'Lạng Sơn Province',
  'module.dossier': 'Dossiers',
  'module.tasks': 'Tasks',
  'module.reports': 'Reports',
  'module.loading': 'Loading module…',
  'module.loadFailed': 'The {name} module could not be loaded.',
  'module.incompatible': 'This version of the {name} module does not work with the current OCOP portal.',
  'module.admin': 'Administration',
  'district.viewing': 'Viewing district',
  'district.all': 'Whole province',
  'admin.title': 'Modules per district',
  'admin.intro':
    "Switching a module off takes it away from that district's users; the server also refuses their requests to it.",
  'admin.readOnly': 'You may only look; only portal administrators switch modules.',
  'admin.loadFailed': 'The module settings could not be loaded.',
  'admin.district': 'District',
  'admin.on': 'On',
  'admin.off': 'Off',
  'admin.saved': 'Change saved.',
  'admin.bundles': 'Module bundles',
  'admin.bundleOk': 'works with the running OCOP server.',
  'admin.bundleUnavailable': 'the bundle could not be loaded.',
  'admin.audit': 'Change log',
  'admin.auditEmpty': 'No changes yet.',
  'admin.audit.when': 'When',
  'admin.audit.who': 'Who',
  'admin.audit.what': 'Change',
  'admin.audit.comment': 'Comment',
  'admin.audit.enabled': '{module} switched on for {district}',
  'admin.audit.disabled': '{module} switched off for {district}',
  'admin.confirm.title': 'Switch {module} off for {district}?',
  'admin.confirm.text':
    "The district's users will not see or use this module until it is switched on again. Saved data is kept.",
  'admin.confirm.comment': 'Reason (recorded in the change log)',
  'admin.confirm.disable': 'Switch off',
  'admin.confirm.cancel': 'Cancel',
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'products.title': 'OCOP products',
  'products.caption': 'Products registered in the OCOP programme',
  'products.col.name': 'Product',
  'products.col.producer': 'Producer',
  'products.col.commune': 'Commune',
  'products.col.group': 'Product sub-group',
  'products.empty': 'No products yet.',
  'products.loadFailed': 'The product list could not be loaded.',
  'products.count.one': '{count} product',
  'products.count.other': '{count} products',
  'stars.count.one': '{count} star',
  'stars.count.other': '{count} stars',
  'products.add': 'Add product',
  'newProduct.title': 'Register an OCOP product',
  'newProduct.name': 'Product name',
  'newProduct.producer': 'Producer',
  'newProduct.group': 'Product sub-group (Decision 1048)',
  'newProduct.choose': '— Choose —',
  'newProduct.producersFailed': 'The producers could not be loaded.',
  'newProduct.save': 'Save',
  'newProduct.saving': 'Saving…',
  'newProduct.cancel': 'Cancel',
  'draft.offer': 'You have an unsaved draft from {time}.',
  'draft.restore': 'Restore draft',
  'draft.discard': 'Discard draft',
  'tasks.title': 'Task tracking',
  'tasks.pending': 'The OCOP plan task tracking module is being built.',
  'reports.title': 'Evaluation and reports',
  'reports.pending': 'The evaluation, ranking and reports module is being built.',

  'error.NETWORK': 'The OCOP server cannot be reached.',
  'error.HTTP': 'The OCOP server answered with error {status}.',
  'error.CLIENT': 'Something unexpected went wrong.',
  'error.VALIDATION_FAILED': 'Some data is not valid; please check it',
  'error.CONFLICT': 'The data duplicates an existing record',
  'error.INTERNAL': 'Something went wrong on the server. Please try again later.',

  'validation.product.name.required': 'Product name is required',
  'validation.product.name.invalid_type': 'Product name must be text',
  'validation.product.name.too_long': 'Product name must not be longer than {max} characters',
  'validation.product.name.duplicate': 'This producer already has a product "{name}"',
  'validation.product.productGroupCode.required': 'Product sub-group is required',
  'validation.product.productGroupCode.invalid_type': 'Product sub-group must be text',
  'validation.product.productGroupCode.invalid_choice':
    'The product sub-group is in neither the Decision 1048/2019 nor the Decision 148/2023 classification',
  'validation.product.producerId.required': 'Producer is required',
  'validation.product.producerId.invalid_type': 'Producer must be text',
  'validation.product.producerId.invalid_format': 'The producer ID is not valid',
  'validation.product.producerId.not_found': 'This producer cannot be found',
  'validation.product.communeCode.required': 'Commune is required',
  'validation.product.communeCode.invalid_type': 'Commune must be text',
  'validation.product.communeCode.invalid_format':
    'The commune code must be exactly 5 digits (administrative unit code)',
  'validation.product.communeCode.not_found': 'There is no commune with code {code}',

  'productGroup1048.1': 'Fresh vegetables, tubers, fruit and nuts',
  'productGroup1048.2': 'Fresh meat, eggs and milk',
  'productGroup1048.3': 'Rice and cereals',
  'productGroup1048.4': 'Honey, honey products and other syrups',
  'productGroup1048.5': 'Fast food',
  'productGroup1048.6': 'Processed rice and cereals',
  'productGroup1048.7': 'Processed vegetables, tubers, fruit and nuts',
  'productGroup1048.8': 'Processed meat, eggs and milk',
  'productGroup1048.9': 'Processed fish and seafood',
  'productGroup1048.10': 'Soy sauce, fish sauce and other liquid seasonings',
  'productGroup1048.11': 'Other spices and seasonings',
  'productGroup1048.12': 'Fresh and processed tea',
  'productGroup1048.13': 'Other tea products',
  'productGroup1048.14': 'Coffee and cocoa',
  'productGroup1048.15': 'White spirits',
  'productGroup1048.16': 'Other alcoholic drinks',
  'productGroup1048.17': 'Natural mineral water and purified drinking water',
  'productGroup1048.18': 'Non-alcoholic drinks',
  'productGroup1048.19': 'Functional foods, herbal and traditional medicines',
  'productGroup1048.20': 'Cosmetics',
  'productGroup1048.21': 'Medical equipment and supplies',
  'productGroup1048.22': 'Other herbal products',
  'productGroup1048.23': 'Handicrafts and decorations',
  'productGroup1048.24': 'Household handicrafts',
  'productGroup1048.25': 'Textiles and garments',
  'productGroup1048.26': 'Tourism, traditions and festivals',
};
