import writeXlsxFile, { type CellObject, type Row, type Sheet } from 'write-excel-file/node';

export type XlsxType = 'text' | 'integer' | 'decimal' | 'percent' | 'date';

export interface XlsxColumn<Row> {
  header: string;
  /** Characters. */
  width: number;
  type: XlsxType;
  /** Dates as 'yyyy-MM-dd' (or a full ISO timestamp: its Vietnam day is written); percents as 0..1. */
  value(row: Row): string | number | null;
}

export interface XlsxHeaderBlock {
  issuingUnit: string;
  title: string;
  /** 'Quý 3 năm 2020'; null = all periods. */
  period: string | null;
  filters: { label: string; value: string }[];
  /** The criteria set's name; null = all sets. */
  criteriaSet: string | null;
  /** yyyy-MM-dd. */
  exportedOn: string;
}

export interface XlsxSheet<Row> {
  name: string;
  header: XlsxHeaderBlock;
  columns: XlsxColumn<Row>[];
  rows: Row[];
  /** A line under the table (how a figure was computed, a truncation warning). */
  note?: string;
}

/** 1-based row of the column headers, under the six lines of the header block. */
export const XLSX_HEADER_ROW = 7;

/** Excel's number formats per column type (Excel spells months `mm` in a date format). */
export const XLSX_FORMATS: Readonly<Record<Exclude<XlsxType, 'text'>, string>> = {
  integer: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/**
 * A day as the Date Excel stores for it: midnight UTC (write-excel-file counts days in UTC). A timestamp
 * ('2020-11-29T18:30:00Z') is first moved to its day in Vietnam, where officials read it.
 */
export function excelDay(value: string): Date {
  const day =
    value.length > 10 ? new Date(Date.parse(value) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10) : value;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

/** 'yyyy-MM-dd' → 'dd/MM/yyyy'. */
export function dayText(day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-');
  return `${date}/${month}/${year}`;
}

/** Excel's limits on a sheet name: 31 characters, none of []:*?/\ . */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

const headerCell = (value: string): CellObject => ({
  value,
  fontWeight: 'bold',
  wrap: true,
  align: 'center',
  alignVertical: 'center',
  backgroundColor: '#E8EEF4',
  borderStyle: 'thin',
  borderColor: '#888888',
});

function headerBlock(header: XlsxHeaderBlock, span: number): Row[] {
  const line = (value: string, extra: Partial<CellObject> = {}): Row => [
    { value, columnSpan: span, ...extra },
  ];
  const filters =
    header.filters.length > 0 ? header.filters.map((f) => `${f.label}: ${f.value}`).join('; ') : 'không';
  return [
    line(header.issuingUnit, { fontWeight: 'bold' }),
    line(header.title, { fontWeight: 'bold', fontSize: 14 }),
    line(`Kỳ báo cáo: ${header.period ?? 'tất cả'}`),
    line(`Bộ lọc: ${filters}`, { wrap: false }),
    line(`Bộ tiêu chí: ${header.criteriaSet ?? 'tất cả'}`),
    line(`Ngày xuất: ${dayText(header.exportedOn)}`, { fontStyle: 'italic' }),
  ];
}

function cellOf(type: XlsxType, value: string | number | null): CellObject | null {
  if (value === null || value === '') return null;
  const border: Partial<CellObject> = { borderStyle: 'thin', borderColor: '#BBBBBB' };
  switch (type) {
    case 'text':
      return { value: String(value), type: String, wrap: true, alignVertical: 'top', ...border };
    case 'date':
      return {
        value: typeof value === 'number' ? new Date(value) : excelDay(value),
        type: Date,
        format: XLSX_FORMATS.date,
        alignVertical: 'top',
        ...border,
      };
    default:
      return {
        value: Number(value),
        type: Number,
        format: XLSX_FORMATS[type],
        alignVertical: 'top',
        ...border,
      };
  }
}

/** The write-excel-file sheet of one report sheet (specs may read it directly). */
export function sheetOf<R>(sheet: XlsxSheet<R>): Sheet<Buffer> {
  const span = Math.max(1, sheet.columns.length);
  const data: Row[] = [
    ...headerBlock(sheet.header, span),
    sheet.columns.map((column) => headerCell(column.header)),
    ...sheet.rows.map((row) => sheet.columns.map((column) => cellOf(column.type, column.value(row)))),
  ];
  if (sheet.note) {
    data.push([null], [{ value: sheet.note, fontStyle: 'italic', columnSpan: span }]);
  }
  return {
    sheet: sheetName(sheet.name),
    data,
    columns: sheet.columns.map((column) => ({ width: column.width })),
    stickyRowsCount: XLSX_HEADER_ROW,
  };
}

/**
 * An .xlsx with one sheet per report sheet: the header block (issuing unit, title, period, filters, criteria
 * set, export date), the frozen header row and the rows with real numbers and dates in Excel formats.
 */
export function writeReportWorkbook(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each sheet has its own row type
  sheets: XlsxSheet<any>[],
): Promise<Buffer> {
  return writeXlsxFile(sheets.map(sheetOf), { fontFamily: 'Times New Roman', fontSize: 12 }).toBuffer();
}
