import type { AdministrativeDocument } from '../administrative-document';

/** A hand-made report long enough for three pages: a table crossing a page break, every kind of block. */
export function sampleDocument(overrides: Partial<AdministrativeDocument> = {}): AdministrativeDocument {
  const rows = Array.from({ length: 38 }, (_, i) => [
    String(i + 1),
    `Sản phẩm thứ ${i + 1} của chủ thể ở xã Hữu Lễ`,
    i % 3 === 0 ? 'Phòng Nông nghiệp và Phát triển nông thôn' : 'Phòng Kinh tế và Hạ tầng',
    String(60 + (i % 40)),
    `${(i % 5) + 1} sao`,
  ]);
  return {
    issuingBody: { parent: 'UBND TỈNH LẠNG SƠN', name: 'UBND HUYỆN VĂN QUAN' },
    number: '25/BC-UBND',
    place: 'Văn Quan',
    issuedOn: '2020-04-05',
    kind: 'BÁO CÁO',
    title: 'Kết quả thực hiện Chương trình OCOP quý I năm 2020',
    draft: false,
    body: [
      { type: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
      {
        type: 'paragraph',
        text:
          'Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân huyện về triển khai Chương trình mỗi xã một ' +
          'sản phẩm, Phòng Nông nghiệp và Phát triển nông thôn là cơ quan thường trực đã phối hợp với các ' +
          'phòng, ban, ngành và Ủy ban nhân dân các xã, thị trấn tổ chức thực hiện các nội dung sau.',
      },
      { type: 'heading', text: '1. Kết quả đánh giá, phân hạng sản phẩm' },
      {
        type: 'table',
        columns: [
          { header: 'STT', width: 0.08, align: 'center' },
          { header: 'Tên sản phẩm', width: 0.36 },
          { header: 'Đơn vị chủ trì', width: 0.3 },
          { header: 'Điểm', width: 0.12, align: 'right' },
          { header: 'Hạng sao', width: 0.14, align: 'center' },
        ],
        rows,
      },
      { type: 'heading', text: 'II. ĐÁNH GIÁ CHUNG' },
      {
        type: 'paragraph',
        text:
          'Các chủ thể đã chủ động hoàn thiện hồ sơ.\nMột số sản phẩm còn thiếu giấy chứng nhận an toàn thực ' +
          'phẩm, cần được hướng dẫn bổ sung trong quý tiếp theo để đủ điều kiện đánh giá.',
      },
    ],
    signature: { title: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' },
    recipients: [
      'UBND tỉnh (b/c)',
      'Sở Nông nghiệp và PTNT (b/c)',
      'Phòng Nông nghiệp và Phát triển nông thôn',
      'Lưu: VT',
    ],
    ...overrides,
  };
}
