import { TestBed } from '@angular/core/testing';
import { CATALOG_VI, Translator } from '@ocop/common';
import { provideTestElement, TestHost } from '@ocop/common/testing';
import {
  FieldError,
  MAX_ADDRESS_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PERSON_NAME_LENGTH,
  MAX_POSITION_LENGTH,
  producerNotices,
  validateNewProducer,
  validateNewProduct,
} from '@ocop/domain';

/** Inputs that make parseNewProducer report every code the producer form knows. */
const INVALID_PRODUCERS = [
  {},
  {
    type: 1,
    name: 2,
    registrationNumber: 3,
    representativeName: 4,
    representativePosition: 5,
    address: 6,
    communeCode: 7,
    phone: 8,
    email: 9,
  },
  {
    type: 'cong-ty',
    name: 'x'.repeat(MAX_NAME_LENGTH + 1),
    representativeName: 'x'.repeat(MAX_PERSON_NAME_LENGTH + 1),
    representativePosition: 'x'.repeat(MAX_POSITION_LENGTH + 1),
    address: 'x'.repeat(MAX_ADDRESS_LENGTH + 1),
    communeCode: '123',
    phone: '123',
    email: 'x@',
  },
  {
    type: 'doanh-nghiep',
    name: 'A',
    registrationNumber: '123',
    representativePosition: 'Giám đốc',
    communeCode: '06322',
  },
  { type: 'hop-tac-xa', name: 'A', registrationNumber: 'HTX', communeCode: '06322' },
];

const LIMITS: Record<string, string> = {
  name: String(MAX_NAME_LENGTH),
  representativeName: String(MAX_PERSON_NAME_LENGTH),
  representativePosition: String(MAX_POSITION_LENGTH),
  address: String(MAX_ADDRESS_LENGTH),
  description: String(MAX_DESCRIPTION_LENGTH),
};

describe('messages of producer and product fields', () => {
  let i18n: Translator;
  let host: TestHost;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement() });
    i18n = TestBed.inject(Translator);
    host = TestBed.inject(TestHost);
  });

  const producerErrors = (): FieldError[] => [
    ...INVALID_PRODUCERS.flatMap((input) => validateNewProducer(input)),
    ...producerNotices({}),
  ];
  const productErrors = (): FieldError[] =>
    [
      ...validateNewProduct({ description: 1, stage: 2 }),
      ...validateNewProduct({ description: 'x'.repeat(MAX_DESCRIPTION_LENGTH + 1), stage: 'dossier' }),
    ].filter((e) => e.field === 'description' || e.field === 'stage');

  it('cover every code the domain gives for producers', () => {
    const codes = new Set(producerErrors().map((e) => `${e.field}.${e.code}`));
    expect([...codes].sort()).toEqual([
      'address.invalid_type',
      'address.too_long',
      'communeCode.invalid_format',
      'communeCode.invalid_type',
      'communeCode.required',
      'email.invalid_format',
      'email.invalid_type',
      'name.invalid_type',
      'name.required',
      'name.too_long',
      'phone.invalid_format',
      'phone.invalid_type',
      'phone.recommended',
      'registrationNumber.invalid_format',
      'registrationNumber.invalid_tax_code',
      'registrationNumber.invalid_type',
      'representativeName.invalid_type',
      'representativeName.recommended',
      'representativeName.required',
      'representativeName.too_long',
      'representativePosition.invalid_type',
      'representativePosition.too_long',
      'type.invalid_choice',
      'type.invalid_type',
      'type.required',
    ]);
  });

  it('say in Vietnamese word for word what the domain says', () => {
    for (const [form, errors] of [
      ['producer', producerErrors()],
      ['product', productErrors()],
    ] as const) {
      for (const error of errors) {
        const key = `validation.${form}.${error.field}.${error.code}`;
        expect(Object.keys(CATALOG_VI)).withContext(key).toContain(key);
        expect(i18n.fieldError(form, error, { max: LIMITS[error.field] }))
          .withContext(key)
          .toBe(error.message);
      }
    }
  });

  it('are translated into English', () => {
    host.locale.set('en');
    for (const [form, errors] of [
      ['producer', producerErrors()],
      ['product', productErrors()],
    ] as const) {
      for (const error of errors) {
        const text = i18n.fieldError(form, error, { max: LIMITS[error.field] });
        expect(text).withContext(`${error.field}.${error.code}`).not.toBe(error.message);
        expect(text).withContext(text).not.toMatch(/[À-ỹ]/);
      }
    }
  });
});
