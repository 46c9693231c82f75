// Certificates as GET /api/certificates sends them, for the specs (free of jasmine, so the app's type check
// can include it). The Hữu Lễ rice wine's 2020 certificate (design, demo data).
import type { Certificate } from '@ocop/domain';

export function certificate(id: string, patch: Partial<Certificate> = {}): Certificate {
  return {
    id,
    dossierId: `d-${id}`,
    product: { id: `p-${id}`, name: 'Rượu men lá Hữu Lễ' },
    producer: { id: 'pr1', name: 'HTX Hữu Lễ' },
    commune: { code: '06322', name: 'Xã Hữu Lễ' },
    districtCode: '184',
    stars: 3,
    number: '12/GCN-UBND',
    decisionNumber: '567/QĐ-UBND',
    decisionDate: '2020-05-22',
    issuedOn: '2020-05-22',
    expiresOn: '2023-05-22',
    revokedOn: null,
    revokedReason: null,
    status: 'valid',
    ...patch,
  };
}
