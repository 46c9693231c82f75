/**
 * District units that carry duties in the OCOP plan (seed plan §III), by the code in `department_code`. The
 * steering committee and its support team are bodies, not offices, but the plan gives them duties like any
 * unit; their members' offices report for them through the standing unit.
 */
export const DEPARTMENTS = [
  { code: 'BCD', name: 'Ban Chỉ đạo Chương trình OCOP huyện' },
  { code: 'TGV', name: 'Tổ giúp việc Chương trình OCOP huyện' },
  { code: 'NNPTNT', name: 'Phòng Nông nghiệp và Phát triển nông thôn' },
  { code: 'KTHT', name: 'Phòng Kinh tế và Hạ tầng' },
  { code: 'TCKH', name: 'Phòng Tài chính - Kế hoạch' },
  { code: 'TNMT', name: 'Phòng Tài nguyên và Môi trường' },
  { code: 'TTYT', name: 'Trung tâm Y tế' },
  { code: 'LDTBXH-DT', name: 'Phòng Lao động, Thương binh, Xã hội - Dân tộc' },
  { code: 'TTVHTTTT', name: 'Trung tâm Văn hóa, Thể thao và Truyền thông' },
  { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể' },
] as const;

export type DepartmentCode = (typeof DEPARTMENTS)[number]['code'];

export function departmentName(code: string): string | null {
  return DEPARTMENTS.find((d) => d.code === code)?.name ?? null;
}
