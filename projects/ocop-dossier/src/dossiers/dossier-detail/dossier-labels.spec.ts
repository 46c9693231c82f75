import { fileKindsText, isoDateText, newRequestId, stateNameOf } from './dossier-labels';

describe('dossier labels', () => {
  it('writes ISO dates dd/MM/yyyy without going through a time zone', () => {
    expect(isoDateText('2020-03-31')).toBe('31/03/2020');
    expect(isoDateText(null)).toBe('');
  });

  it('lists accepted kinds in capitals', () => {
    expect(fileKindsText(['pdf', 'jpeg', 'png'])).toBe('PDF, JPEG, PNG');
    expect(fileKindsText(['pdf', 'docx', 'xlsx'])).toBe('PDF, DOCX, XLSX');
  });

  it('names states from the workflow, and falls back to the id for an unknown workflow', () => {
    expect(stateNameOf('district-1048', 'submitted')).toBe('Đã gửi huyện');
    expect(stateNameOf('commune-1489', 'submitted')).toBe('Đã gửi tỉnh');
    expect(stateNameOf('nope', 'submitted')).toBe('submitted');
  });

  it('makes request ids the API accepts, a new one each time', () => {
    const ids = new Set(Array.from({ length: 20 }, newRequestId));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z-]{8,64}$/);
  });
});
