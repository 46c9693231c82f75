import {
  CERTIFICATE_MONTHS,
  CERTIFICATE_STATUS_NAMES,
  EXPIRY_WARNING_DAYS,
  certificateExpiry,
  certificateStatus,
} from './certificates';

describe('certificateExpiry', () => {
  it('ends 36 months later on the same day (the Văn Quan certificates of 2020 and 2021)', () => {
    expect(CERTIFICATE_MONTHS).toBe(36);
    expect(certificateExpiry('2020-05-22')).toBe('2023-05-22');
    expect(certificateExpiry('2021-01-28')).toBe('2024-01-28');
  });

  it('ends a 29/02 certificate on 28/02, there being no 29/02 three years later', () => {
    expect(certificateExpiry('2020-02-29')).toBe('2023-02-28');
  });

  it('keeps the day across year ends and short months when it exists', () => {
    expect(certificateExpiry('2021-12-31')).toBe('2024-12-31');
    expect(certificateExpiry('2021-02-28')).toBe('2024-02-28');
    expect(certificateExpiry('2020-11-30', 3)).toBe('2021-02-28');
    expect(certificateExpiry('2023-11-30', 3)).toBe('2024-02-29');
  });
});

describe('certificateStatus', () => {
  const cert = { expiresOn: '2023-05-22', revokedOn: null };

  it('is valid long before expiry and at 31 days', () => {
    expect(certificateStatus(cert, '2021-06-01')).toBe('valid');
    expect(certificateStatus(cert, '2023-04-21')).toBe('valid');
  });

  it('is expiring at exactly 30 days and through the expiry day, which is still in force', () => {
    expect(EXPIRY_WARNING_DAYS).toBe(30);
    expect(certificateStatus(cert, '2023-04-22')).toBe('expiring');
    expect(certificateStatus(cert, '2023-05-21')).toBe('expiring');
    expect(certificateStatus(cert, '2023-05-22')).toBe('expiring');
  });

  it('is expired from the day after expiry', () => {
    expect(certificateStatus(cert, '2023-05-23')).toBe('expired');
    expect(certificateStatus(cert, '2026-11-29')).toBe('expired');
  });

  it('counts days across a month of 31 and over 29/02', () => {
    expect(certificateStatus({ expiresOn: '2024-03-01', revokedOn: null }, '2024-01-31')).toBe('expiring');
    expect(certificateStatus({ expiresOn: '2024-03-01', revokedOn: null }, '2024-01-30')).toBe('valid');
  });

  it('is revoked from the revocation date, whatever the expiry', () => {
    const revoked = { expiresOn: '2023-05-22', revokedOn: '2022-01-10' };
    expect(certificateStatus(revoked, '2022-01-09')).toBe('valid');
    expect(certificateStatus(revoked, '2022-01-10')).toBe('revoked');
    expect(certificateStatus(revoked, '2023-05-10')).toBe('revoked');
    expect(certificateStatus(revoked, '2024-01-01')).toBe('revoked');
  });

  it('names every status in Vietnamese', () => {
    expect(CERTIFICATE_STATUS_NAMES).toEqual({
      valid: 'Còn hiệu lực',
      expiring: 'Sắp hết hạn (trong 30 ngày)',
      expired: 'Hết hạn',
      revoked: 'Đã thu hồi',
    });
  });
});
