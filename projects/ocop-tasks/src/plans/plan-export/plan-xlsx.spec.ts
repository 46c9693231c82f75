import { rollupFormula } from '@ocop/domain';
import readXlsxFile from 'read-excel-file/browser';
import { PLAN_2020, ROLLUPS, TASKS } from '../plan-list/testing/plan-fixtures';
import {
  exportPlanXlsx,
  HEADER_ROW,
  planWorkbook,
  planXlsxBlob,
  planXlsxFileName,
  XLSX_DATE_FORMAT,
} from './plan-xlsx';
import { xlsxParts } from './testing/xlsx-parts';

const TASK_HEADERS = [
  'STT',
  'Mục',
  'Nhiệm vụ',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Hạn (dd/MM/yyyy)',
  'Kỳ',
  'Trạng thái',
  'Tiến độ báo cáo (%)',
  'Tiến độ nghiệm thu (%)',
  'Ghi chú hạn',
];

/** A cell's value, whether written as a plain value or as a cell object. */
function valueOf(cell: unknown): unknown {
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date) && 'value' in cell
    ? (cell as { value: unknown }).value
    : cell;
}

describe('planWorkbook (the export without the file)', () => {
  const [tasks, summary] = planWorkbook(PLAN_2020, TASKS, ROLLUPS, 'vi', '2020-07-15');

  it('has the tasks sheet with a title block and a frozen header row', () => {
    expect(tasks!.sheet).toBe('Nhiệm vụ');
    expect(tasks!.data.slice(0, 3).map((row) => valueOf(row[0]))).toEqual([
      'UBND HUYỆN VĂN QUAN',
      `Kế hoạch số 45/KH-UBND ngày 15/01/2020: ${PLAN_2020.title}`,
      'Tình hình thực hiện, xuất ngày 15/07/2020',
    ]);
    expect(tasks!.data[HEADER_ROW - 1]!.map(valueOf)).toEqual(TASK_HEADERS);
    expect(tasks!.stickyRowsCount).toBe(HEADER_ROW);
    expect(tasks!.columns.length).toBe(TASK_HEADERS.length);
    expect(tasks!.data.length).toBe(HEADER_ROW + TASKS.length);
  });

  it('writes one row per task: dates as Excel dates in dd/mm/yyyy, percentages as numbers, deadline notes', () => {
    const [first, second, third, fourth] = tasks!.data.slice(HEADER_ROW);
    expect(first!.map(valueOf)).toEqual([
      1,
      'III.3',
      'Hướng dẫn chủ thể hoàn thiện hồ sơ Rượu men lá',
      'Phòng Nông nghiệp và Phát triển nông thôn',
      'Xã Hữu Lễ',
      new Date(Date.UTC(2020, 2, 15)),
      null,
      'Đã nghiệm thu',
      100,
      100,
      null,
    ]);
    expect(first![5]).toEqual(
      jasmine.objectContaining({
        type: Date,
        format: XLSX_DATE_FORMAT,
        value: new Date(Date.UTC(2020, 2, 15)),
      }),
    );
    expect(first![8]).toEqual(jasmine.objectContaining({ type: Number, value: 100 }));
    expect(second!.map(valueOf).slice(5)).toEqual([
      new Date(Date.UTC(2020, 5, 30)),
      'Quý II/2020',
      'Đang thực hiện',
      50,
      null,
      'Quá hạn',
    ]);
    expect(valueOf(third![4])).toBe('HTX Văn Quan Xanh; Xã Hữu Lễ');
    expect(valueOf(third![6])).toBe('Quý III/2020');
    expect(fourth!.map(valueOf).slice(5, 8)).toEqual([null, null, 'Đã giao']);
  });

  it('has the roll-ups sheet, labelled as aggregates, each with the sentence saying how it was computed', () => {
    expect(summary!.sheet).toBe('Tổng hợp');
    expect(valueOf(summary!.data[0]![0])).toContain('Số liệu tổng hợp');
    expect(summary!.data[HEADER_ROW - 1]!.map(valueOf)).toEqual([
      'Loại tổng hợp',
      'Tên',
      'Số nhiệm vụ tính',
      'Đã hủy (không tính)',
      'Đã nghiệm thu',
      'Tiến độ nghiệm thu bình quân (%)',
      'Cách tính (nghiệm thu)',
      'Tiến độ báo cáo bình quân (%)',
      'Cách tính (báo cáo)',
    ]);
    const rows = summary!.data.slice(HEADER_ROW).map((row) => row.map(valueOf));
    expect(rows.map((row) => row[0])).toEqual([
      'Toàn kế hoạch (tổng hợp)',
      'Mục tiêu (tổng hợp)',
      'Mục tiêu (tổng hợp)',
      'Đơn vị chủ trì (tổng hợp)',
    ]);
    expect(rows[0]).toEqual([
      'Toàn kế hoạch (tổng hợp)',
      PLAN_2020.title,
      4,
      0,
      1,
      25,
      rollupFormula(ROLLUPS[0]!, 'accepted'),
      50,
      rollupFormula(ROLLUPS[0]!, 'reported'),
    ]);
    expect(rows[2]![6]).toContain('không tính 1 nhiệm vụ đã hủy');
  });

  it('speaks English for an English page (the data stays as written)', () => {
    const [en] = planWorkbook(PLAN_2020, TASKS, ROLLUPS, 'en', '2020-07-15');
    expect(en!.sheet).toBe('Tasks');
    expect(en!.data[HEADER_ROW - 1]!.map(valueOf)).toContain('Due (dd/MM/yyyy)');
    expect(valueOf(en!.data[HEADER_ROW]![7])).toBe('Accepted');
    expect(valueOf(en!.data[HEADER_ROW + 1]![6])).toBe('Q2 2020');
    expect(valueOf(en!.data[HEADER_ROW]![2])).toBe('Hướng dẫn chủ thể hoàn thiện hồ sơ Rượu men lá');
  });

  it('names the file after the plan number and year', () => {
    expect(planXlsxFileName(PLAN_2020)).toBe('ke-hoach-45-kh-ubnd-2020.xlsx');
    expect(planXlsxFileName({ number: null, year: 2021 })).toBe('ke-hoach-du-thao-2021.xlsx');
    expect(planXlsxFileName({ number: '12/KH-UBND-NN&PTNT', year: 2021 })).toBe(
      'ke-hoach-12-kh-ubnd-nn-ptnt-2021.xlsx',
    );
  });
});

describe('plan XLSX file', () => {
  let blob: Blob;

  beforeAll(async () => {
    blob = await planXlsxBlob(PLAN_2020, TASKS, ROLLUPS, 'vi', '2020-07-15');
  });

  it('reads back with its sheets, headers and cells', async () => {
    const sheets = await readXlsxFile(blob);
    expect(sheets.map((s) => s.sheet)).toEqual(['Nhiệm vụ', 'Tổng hợp']);
    const data = sheets[0]!.data;
    expect(data[0]![0]).toBe('UBND HUYỆN VĂN QUAN');
    expect(data[HEADER_ROW - 1]).toEqual(TASK_HEADERS);
    const first = data[HEADER_ROW]!;
    expect(first.slice(0, 5)).toEqual([
      1,
      'III.3',
      'Hướng dẫn chủ thể hoàn thiện hồ sơ Rượu men lá',
      'Phòng Nông nghiệp và Phát triển nông thôn',
      'Xã Hữu Lễ',
    ]);
    // A real date (read-excel-file returns Date only for a cell with a date format), the day kept exactly.
    // (read-excel-file types a date cell as `typeof Date`; it is a Date instance.)
    const due = first[5] as unknown;
    expect(due).toBeInstanceOf(Date);
    expect(due).toEqual(new Date(Date.UTC(2020, 2, 15)));
    expect(first.slice(7, 10)).toEqual(['Đã nghiệm thu', 100, 100]);
    expect(data[HEADER_ROW + 1]![10]).toBe('Quá hạn');
    expect(data[HEADER_ROW + 3]![5]).toBeNull();
    expect(data.length).toBe(HEADER_ROW + TASKS.length);

    const summary = sheets[1]!.data;
    expect(summary[HEADER_ROW]![0]).toBe('Toàn kế hoạch (tổng hợp)');
    expect(summary[HEADER_ROW]![5]).toBe(25);
    expect(summary[HEADER_ROW]![6]).toBe(rollupFormula(ROLLUPS[0]!, 'accepted'));
  });

  it('formats the due dates dd/mm/yyyy and freezes the rows down to the header', async () => {
    const parts = await xlsxParts(blob);
    const styles = parts.get('xl/styles.xml')!;
    const format = /<numFmt [^>]*numFmtId="(\d+)"[^>]*formatCode="dd\/mm\/yyyy"/.exec(styles);
    expect(format).withContext('a dd/mm/yyyy number format').not.toBeNull();
    // The due date cell (F6: column 6, first task row) uses a style with that format.
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    const styleIndex = Number(/<c r="F6"[^>]* s="(\d+)"/.exec(sheet)![1]);
    const cellStyles = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.match(/<xf [^>]*?\/?>/g)!;
    expect(cellStyles[styleIndex]).toContain(`numFmtId="${format![1]}"`);
    expect(sheet).toMatch(
      /<pane [^>]*ySplit="5"[^>]*state="frozen"|<pane [^>]*state="frozen"[^>]*ySplit="5"/,
    );
    expect(parts.get('xl/worksheets/sheet2.xml')).toMatch(/<pane [^>]*ySplit="5"/);
  });

  it('downloads as ke-hoach-<number>-<year>.xlsx through a blob URL', async () => {
    const clicked: { download: string; href: string }[] = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    await exportPlanXlsx(PLAN_2020, TASKS, ROLLUPS, 'vi');
    expect(clicked).toEqual([
      { download: 'ke-hoach-45-kh-ubnd-2020.xlsx', href: jasmine.stringMatching(/^blob:/) },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
