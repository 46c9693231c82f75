import { portalPage } from './portal-page.js';

export const home = portalPage((node) => {
  node.innerHTML = `
    <h1>Trang chủ</h1>
    <p>Chào mừng đến Cổng Dịch vụ công tỉnh Lạng Sơn. Chọn một mục ở thanh menu.</p>`;
});
