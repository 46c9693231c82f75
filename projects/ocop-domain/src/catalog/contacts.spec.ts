import { formatPhone, normalizeEmail, normalizePhone } from './contacts';

describe('normalizePhone', () => {
  it('reads mobiles and landlines written every usual way, into national digits', () => {
    const cases: [string, string][] = [
      ['0912345678', '0912345678'],
      ['0912 345 678', '0912345678'],
      ['0912.345.678', '0912345678'],
      ['091-234-5678', '0912345678'],
      ['+84 912 345 678', '0912345678'],
      ['84912345678', '0912345678'],
      ['0356 123 456', '0356123456'],
      ['(0205) 3812 345', '02053812345'],
      ['+84 205 3812 345', '02053812345'],
      ['842053812345', '02053812345'],
    ];
    for (const [typed, stored] of cases) expect(normalizePhone(typed)).withContext(typed).toBe(stored);
  });

  it('refuses what is not a Vietnamese number', () => {
    for (const typed of [
      '',
      '12345',
      '0112345678', // no mobile prefix 01 since 2018
      '091234567', // too short
      '09123456789', // too long for a mobile
      '0205381234', // too short for a landline
      '0912345678 / 0987654321',
      'không có',
      '+1 202 555 0100',
    ]) {
      expect(normalizePhone(typed)).withContext(typed).toBeNull();
    }
  });
});

describe('formatPhone', () => {
  it('groups mobiles 4-3-3 and landlines 4-4-3, and leaves anything else as it is', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone('02053812345')).toBe('0205 3812 345');
    expect(formatPhone('12345')).toBe('12345');
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases an address', () => {
    expect(normalizeEmail(' LienHe@HTXVanQuan.vn ')).toBe('lienhe@htxvanquan.vn');
    expect(normalizeEmail('ho.kinh-doanh+ocop@mail.langson.gov.vn')).toBe(
      'ho.kinh-doanh+ocop@mail.langson.gov.vn',
    );
  });

  it('refuses what is not an address, Vietnamese letters included', () => {
    for (const typed of [
      'htx',
      'htx@',
      '@gmail.com',
      'htx@gmail',
      'hợptác@gmail.com',
      'a b@gmail.com',
      'a..b@gmail.com',
      `${'a'.repeat(250)}@x.vn`,
    ]) {
      expect(normalizeEmail(typed)).withContext(typed).toBeNull();
    }
  });
});
