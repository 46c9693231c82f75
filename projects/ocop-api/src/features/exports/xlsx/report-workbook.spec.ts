import readXlsxFile from 'read-excel-file/node';

import { xlsxParts } from '../testing/export-testing';
import { excelDay, sheetName, writeReportWorkbook, XLSX_HEADER_ROW, type XlsxSheet } from './report-workbook';

interface Sample {
  name: string;
  count: number;
  score: number;
  share: number;
  due: string | null;
}

const SHEET: XlsxSheet<Sample> = {
  name: 'Mẫu',
  header: {
    issuingUnit: 'UBND huyện Văn Quan',
    title: 'DANH SÁCH MẪU',
    period: 'Quý 3 năm 2020',
    filters: [
      { label: 'Trạng thái', value: 'Đã tiếp nhận' },
      { label: 'Xã', value: 'Xã Hữu Lễ' },
    ],
    criteriaSet: 'QĐ 1048/QĐ-TTg (2019)',
    exportedOn: '2020-11-29',
  },
  columns: [
    { header: 'Tên', width: 30, type: 'text', value: (r) => r.name },
    { header: 'Số lượng', width: 10, type: 'integer', value: (r) => r.count },
    { header: 'Điểm', width: 11, type: 'decimal', value: (r) => r.score },
    { header: 'Tỷ lệ', width: 9, type: 'percent', value: (r) => r.share },
    { header: 'Hạn', width: 12, type: 'date', value: (r) => r.due },
  ],
  rows: [
    { name: 'Miến dong Hữu Lễ', count: 12345, score: 72.5, share: 0.125, due: '2020-09-30' },
    { name: 'Trà hoa vàng', count: 3, score: 50, share: 1, due: null },
  ],
  note: 'Ghi chú cuối bảng.',
};

describe('writeReportWorkbook', () => {
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = await writeReportWorkbook([
      SHEET,
      {
        ...SHEET,
        name: 'Không có bộ lọc',
        header: { ...SHEET.header, period: null, filters: [], criteriaSet: null },
        rows: [],
      },
    ]);
  });

  it('writes the header block, the column headers on row 7 and typed cells', async () => {
    const [sheet, empty] = await readXlsxFile(bytes);
    expect(sheet?.sheet).toBe('Mẫu');
    const data: unknown[][] = sheet!.data;
    expect(data.slice(0, 6).map((row) => row[0])).toEqual([
      'UBND huyện Văn Quan',
      'DANH SÁCH MẪU',
      'Kỳ báo cáo: Quý 3 năm 2020',
      'Bộ lọc: Trạng thái: Đã tiếp nhận; Xã: Xã Hữu Lễ',
      'Bộ tiêu chí: QĐ 1048/QĐ-TTg (2019)',
      'Ngày xuất: 29/11/2020',
    ]);
    expect(XLSX_HEADER_ROW).toBe(7);
    expect(data[XLSX_HEADER_ROW - 1]).toEqual(['Tên', 'Số lượng', 'Điểm', 'Tỷ lệ', 'Hạn']);
    // Numbers come back as numbers and the date as a Date at UTC midnight of its day.
    expect(data[7]).toEqual(['Miến dong Hữu Lễ', 12345, 72.5, 0.125, new Date(Date.UTC(2020, 8, 30))]);
    expect(data[8]).toEqual(['Trà hoa vàng', 3, 50, 1, null]);
    expect(data[data.length - 1]?.[0]).toBe('Ghi chú cuối bảng.');

    expect(empty?.data.slice(2, 5).map((row) => row[0])).toEqual([
      'Kỳ báo cáo: tất cả',
      'Bộ lọc: không',
      'Bộ tiêu chí: tất cả',
    ]);
  });

  it('formats numbers, percents and dates, freezes the header rows and sets the column widths', () => {
    const parts = xlsxParts(bytes);
    const styles = parts.get('xl/styles.xml') ?? '';
    for (const format of ['#,##0', '#,##0.00', '0.0%', 'dd/mm/yyyy']) {
      expect(styles).withContext(format).toContain(`formatCode="${format}"`);
    }
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toMatch(/<pane [^>]*ySplit="7"[^>]*state="frozen"/);
    const widths = [...sheet.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([30, 10, 11, 9, 12]);
  });

  it('moves a timestamp to its day in Vietnam and keeps sheet names within Excel limits', () => {
    // 18:30 UTC on 29/11 is 01:30 on 30/11 in Vietnam.
    expect(excelDay('2020-11-29T18:30:00.000Z')).toEqual(new Date(Date.UTC(2020, 10, 30)));
    expect(excelDay('2020-11-29')).toEqual(new Date(Date.UTC(2020, 10, 29)));
    expect(sheetName('Hồ sơ: quý 3/2020 [bản nháp] rất dài quá mức cho phép')).toBe(
      'Hồ sơ- quý 3-2020 -bản nháp- rấ',
    );
  });
});
