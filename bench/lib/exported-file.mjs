// What an exported file holds, read back the way a user's spreadsheet or PDF reader would count it.
import readXlsxFile from 'read-excel-file/node';

// projects/ocop-api/src/features/exports/xlsx/report-workbook.ts XLSX_HEADER_ROW: the rows above and at it are
// the header block and the column headers.
const XLSX_HEADER_ROW = 7;

const emptyRow = (row) => row.every((cell) => cell === null || cell === '');

/**
 * XLSX: the sheets and the data rows below the column headers of each, up to the first empty row (a sheet's
 * note follows an empty row). PDF: the pages (pdfkit writes each page object uncompressed).
 */
export async function fileContents(format, bytes) {
  if (format === 'pdf') {
    return { pages: bytes.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0 };
  }
  const sheets = await readXlsxFile(bytes);
  const rowsOf = ({ data }) => {
    const below = data.slice(XLSX_HEADER_ROW);
    const end = below.findIndex(emptyRow);
    return end === -1 ? below.length : end;
  };
  return { sheets: sheets.length, rows: sheets.reduce((n, sheet) => n + rowsOf(sheet), 0) };
}
