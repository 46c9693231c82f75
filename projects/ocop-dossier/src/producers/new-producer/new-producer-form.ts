import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import {
  CATALOG_MESSAGES,
  FormDrafts,
  MessageKey,
  navigateTo,
  nfc,
  nfcValueOf,
  OcopHost,
  registerMessages,
  SavedDraft,
  StatusPanel,
  Translator,
  ViewedDistrict,
} from '@ocop/common';
import {
  AdminUnit,
  ApiError,
  FieldError,
  fieldErrorsOf,
  MAX_ADDRESS_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PERSON_NAME_LENGTH,
  MAX_POSITION_LENGTH,
  NewProducer,
  parseNewProducer,
  PRODUCER_TYPES,
  producerNotices,
  ProducerType,
  vietnamDate,
} from '@ocop/domain';
import { ProducersApi } from '../producers-api';

registerMessages(CATALOG_MESSAGES);

/** The form as typed: every control's text, NFC. */
export interface ProducerDraft {
  type: string;
  name: string;
  registrationNumber: string;
  representativeName: string;
  representativePosition: string;
  address: string;
  communeCode: string;
  phone: string;
  email: string;
}

const DRAFT = 'new-producer';
const EMPTY: ProducerDraft = {
  type: '',
  name: '',
  registrationNumber: '',
  representativeName: '',
  representativePosition: '',
  address: '',
  communeCode: '',
  phone: '',
  email: '',
};

/** The length limit a field's too_long message quotes. */
const MAX_LENGTH: Partial<Record<keyof ProducerDraft, number>> = {
  name: MAX_NAME_LENGTH,
  representativeName: MAX_PERSON_NAME_LENGTH,
  representativePosition: MAX_POSITION_LENGTH,
  address: MAX_ADDRESS_LENGTH,
};

interface CommuneOption {
  code: string;
  name: string;
}

/**
 * <basePath>/dossiers/producers/new: registers a producer (chủ thể) with what the phiếu đăng ký asks for:
 * type, name, registration or tax number, legal representative, address, commune and contacts. Every
 * keystroke is kept as a local draft, so a session that ends mid-form loses nothing; typed text is kept and
 * sent in NFC. Errors are the domain's (checked before sending) and the API's, by field and code, in the
 * element's language; what is only recommended (a representative, a way to reach the producer) is said
 * beside the fields without stopping the save.
 */
@Component({
  selector: 'ocop-new-producer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  providers: [ProducersApi],
  templateUrl: './new-producer-form.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    './new-producer-form.css',
  ],
})
export class NewProducerForm {
  private readonly api = inject(ProducersApi);
  private readonly drafts = inject(FormDrafts);
  private readonly host = inject(OcopHost);
  private readonly viewedDistrict = inject(ViewedDistrict);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly types = PRODUCER_TYPES;

  protected readonly value = signal<ProducerDraft>(EMPTY);
  protected readonly communes = signal<CommuneOption[] | null>(null);
  protected readonly communesError = signal<ApiError | null>(null);
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly submitError = signal<ApiError | null>(null);
  protected readonly saving = signal(false);
  /** What was last sent: the API's messages quote it (the commune code). */
  private readonly sent = signal<NewProducer | null>(null);
  /** A draft from an earlier visit, offered until the user restores or discards it. */
  protected readonly offeredDraft = signal<SavedDraft<ProducerDraft> | null>(null);
  private touched = false;

  /** The commune of a commune officer: the only one they may register in. */
  private readonly ownCommune = computed(() => this.profile()?.communeCode ?? null);

  protected readonly notices = computed(() => producerNotices(this.value()));
  protected readonly registrationHint = computed<MessageKey>(() =>
    this.value().type === 'doanh-nghiep'
      ? 'newProducer.registrationHint.enterprise'
      : 'newProducer.registrationHint.other',
  );
  protected readonly offeredAt = computed(() => {
    const draft = this.offeredDraft();
    return draft ? this.i18n.dateTime(draft.savedAt) : '';
  });
  protected readonly communesErrorText = computed(() => {
    const error = this.communesError();
    return error ? this.i18n.apiError(error) : '';
  });
  protected readonly submitErrorText = computed(() => {
    const error = this.submitError();
    return error ? this.i18n.apiError(error) : null;
  });

  constructor() {
    const saved = this.drafts.load<ProducerDraft>(DRAFT);
    if (saved && !isEmpty(saved.value)) this.offeredDraft.set(saved);
    const own = this.ownCommune();
    if (own !== null) this.value.update((v) => ({ ...v, communeCode: own }));
    this.loadCommunes();
    effect(() => {
      const value = this.value();
      // Only the user's own input becomes a draft, not the empty form nor a draft still being offered.
      if (this.touched) this.drafts.save(DRAFT, value);
    });
  }

  protected loadCommunes(): void {
    this.communesError.set(null);
    const districtCode = this.profile()?.districtCode ?? this.viewedDistrict.value() ?? undefined;
    this.api.communes(districtCode).subscribe({
      next: (units) => this.communes.set(currentCommunes(units, this.ownCommune())),
      error: (error: ApiError) => this.communesError.set(error),
    });
  }

  /** `input`/`change` (and `compositionend`) of a control: its NFC value goes into the model and the draft. */
  protected update(field: keyof ProducerDraft, event: Event): void {
    const value = nfcValueOf(event);
    // An input method still composing decomposed text: its compositionend brings the final value.
    if (value === null) return;
    this.touched = true;
    this.value.update((v) => ({ ...v, [field]: value }));
    this.errors.update((errors) => errors.filter((e) => e.field !== field));
  }

  protected typeLabel(type: ProducerType): string {
    return this.t(`producerType.${type}`);
  }

  protected restoreDraft(): void {
    const draft = this.offeredDraft();
    if (!draft) return;
    const restored: ProducerDraft = { ...EMPTY };
    for (const field of Object.keys(EMPTY) as (keyof ProducerDraft)[]) {
      const text: unknown = draft.value[field];
      // Drafts written by an older form may lack fields, or hold NFD.
      if (typeof text === 'string') restored[field] = nfc(text);
    }
    const own = this.ownCommune();
    if (own !== null) restored.communeCode = own;
    this.value.set(restored);
    this.touched = true;
    this.offeredDraft.set(null);
  }

  protected discardDraft(): void {
    this.drafts.clear(DRAFT);
    this.offeredDraft.set(null);
  }

  /** The error of `field` in the element's language, or null. */
  protected errorFor(field: keyof ProducerDraft): string | null {
    const error = this.errors().find((e) => e.field === field);
    if (!error) return null;
    return this.i18n.fieldError('producer', error, {
      max: limitText(MAX_LENGTH[field]),
      code: this.sent()?.communeCode,
    });
  }

  /** The recommendation about `field`, unless the field shows an error. */
  protected noticeFor(field: keyof ProducerDraft): string | null {
    const notice = this.notices().find((n) => n.field === field);
    return notice && !this.errorFor(field) ? this.i18n.fieldError('producer', notice) : null;
  }

  /** Space-separated ids for aria-describedby, or null. */
  protected describedBy(...ids: (string | false | null)[]): string | null {
    const present = ids.filter((id): id is string => typeof id === 'string');
    return present.length > 0 ? present.join(' ') : null;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.saving()) return;
    const parsed = parseNewProducer(this.value());
    if (!parsed.ok) {
      this.errors.set(parsed.errors);
      return;
    }
    this.saving.set(true);
    this.submitError.set(null);
    this.sent.set(parsed.value);
    this.api.create(parsed.value).subscribe({
      next: () => {
        this.drafts.clear(DRAFT);
        this.saving.set(false);
        navigateTo(this.listUrl());
      },
      error: (error: ApiError) => {
        this.saving.set(false);
        this.submitError.set(error);
        // VALIDATION_FAILED (400), CONFLICT (409) and FORBIDDEN_UNIT (403) name the fields they are about.
        const fieldErrors = fieldErrorsOf(error);
        if (fieldErrors.length > 0) this.errors.set(fieldErrors);
      },
    });
  }

  protected cancel(): void {
    navigateTo(this.listUrl());
  }

  private listUrl(): string {
    return `${this.host.basePath().replace(/\/+$/, '')}/dossiers/producers`;
  }

  private profile(): { districtCode?: string; communeCode?: string } | null {
    const profile = this.host.auth()?.profile();
    return profile && !(profile instanceof Promise) ? profile : null;
  }
}

/**
 * The communes a producer can be registered in today (one option per code, its current name), by name; only
 * `own` when the user is a commune officer.
 */
function currentCommunes(units: AdminUnit[], own: string | null): CommuneOption[] {
  const today = vietnamDate(new Date());
  const byCode = new Map<string, CommuneOption>();
  for (const unit of units) {
    if (unit.level !== 'commune' || (unit.validTo !== null && unit.validTo < today)) continue;
    if (own !== null && unit.code !== own) continue;
    byCode.set(unit.code, { code: unit.code, name: unit.name });
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

function isEmpty(value: ProducerDraft): boolean {
  // The commune alone is filled in for a commune officer before they type anything.
  return Object.entries(value).every(([field, text]) => field === 'communeCode' || !text);
}

/** A limit as the domain writes it in its messages, without digit grouping ("1000", not "1.000"). */
function limitText(max: number | undefined): string | undefined {
  return max === undefined ? undefined : String(max);
}
