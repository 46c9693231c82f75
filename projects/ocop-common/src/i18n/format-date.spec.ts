import { formatDateTimeVi } from './format-date';

describe('formatDateTimeVi', () => {
  it('writes dd/MM/yyyy HH:mm with leading zeros, in the browser’s time zone', () => {
    const iso = new Date(2025, 0, 5, 8, 7, 59).toISOString();

    expect(formatDateTimeVi(iso)).toBe('05/01/2025 08:07');
  });

  it('uses the 24-hour clock', () => {
    expect(formatDateTimeVi(new Date(2024, 11, 31, 23, 45).toISOString())).toBe('31/12/2024 23:45');
    expect(formatDateTimeVi(new Date(2024, 9, 10, 0, 0).toISOString())).toBe('10/10/2024 00:00');
  });
});
