import { formatDate, formatDateTime, formatNumber, intlLocale, pluralForm } from './format';

describe('formatDate / formatDateTime', () => {
  it('writes dd/MM/yyyy HH:mm with leading zeros, in the browser’s time zone', () => {
    const iso = new Date(2025, 0, 5, 8, 7, 59).toISOString();

    expect(formatDateTime(iso)).toBe('05/01/2025 08:07');
    expect(formatDate(iso)).toBe('05/01/2025');
  });

  it('uses the 24-hour clock', () => {
    expect(formatDateTime(new Date(2024, 11, 31, 23, 45).toISOString())).toBe('31/12/2024 23:45');
    expect(formatDateTime(new Date(2024, 9, 10, 0, 0).toISOString())).toBe('10/10/2024 00:00');
  });

  it('takes a Date or a timestamp as well as an ISO string', () => {
    const date = new Date(2025, 5, 1, 14, 5);

    expect(formatDate(date)).toBe('01/06/2025');
    expect(formatDateTime(date.getTime())).toBe('01/06/2025 14:05');
  });

  it('gives an empty string for a value that is not a date', () => {
    expect(formatDate('không phải ngày')).toBe('');
    expect(formatDateTime('')).toBe('');
  });
});

describe('formatNumber (Chromium’s Intl output)', () => {
  it('writes Vietnamese numbers with dot groups and a decimal comma', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234, 'vi')).toBe('1.234');
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,891');
    expect(formatNumber(999, 'vi')).toBe('999');
    expect(formatNumber(0, 'vi')).toBe('0');
    expect(formatNumber(-0.5, 'vi')).toBe('-0,5');
  });

  it('writes English numbers with comma groups and a decimal point', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.891');
    expect(formatNumber(-0.5, 'en')).toBe('-0.5');
  });

  it('passes Intl options through, e.g. fixed decimals', () => {
    expect(formatNumber(2.5, 'vi', { minimumFractionDigits: 2 })).toBe('2,50');
    expect(formatNumber(2.5, 'en', { minimumFractionDigits: 2 })).toBe('2.50');
  });

  it('uses vi-VN and en-GB', () => {
    expect(intlLocale('vi')).toBe('vi-VN');
    expect(intlLocale('en')).toBe('en-GB');
  });
});

describe('pluralForm', () => {
  it('is "one" for exactly 1 in English, "other" otherwise', () => {
    expect(pluralForm(1, 'en')).toBe('one');
    expect(pluralForm(0, 'en')).toBe('other');
    expect(pluralForm(2, 'en')).toBe('other');
    expect(pluralForm(1.5, 'en')).toBe('other');
  });

  it('is always "other" in Vietnamese', () => {
    expect(pluralForm(1, 'vi')).toBe('other');
    expect(pluralForm(2, 'vi')).toBe('other');
  });
});
