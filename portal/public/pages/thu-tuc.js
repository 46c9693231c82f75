import { portalPage } from './portal-page.js';

const PROCEDURES = [
  ['1.008984', 'Đăng ký hộ kinh doanh', 'Cấp huyện'],
  ['1.002425', 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Cấp tỉnh'],
  ['2.001823', 'Đăng ký thành lập hợp tác xã', 'Cấp huyện'],
];

export const thuTuc = portalPage((node) => {
  node.innerHTML = `
    <h1>Thủ tục hành chính</h1>
    <table class="portal-table">
      <thead><tr><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Cấp thực hiện</th></tr></thead>
      <tbody>${PROCEDURES.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody>
    </table>`;
});
