import { computed, inject, Injectable } from '@angular/core';
import { ApiError, FieldError } from '@ocop/domain';
import { OcopHost, OcopLocale, toOcopLocale } from '../host/ocop-host';
import { formatDate, formatDateTime, formatNumber, pluralForm } from './format';
import { isMessageKey, messageText, MessageKey, PluralMessageKey } from './messages';

export type MessageParams = Record<string, string | number | null | undefined>;

/** The forms whose field errors have their own messages (`validation.<form>.<field>.<code>`). */
export type ValidatedForm = 'product' | 'producer' | 'dossier';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Text, numbers and dates in the element's current locale. Every method reads the host's locale signal, so
 * a template (or computed) that calls one re-renders when the page switches the language: no reload.
 */
@Injectable()
export class Translator {
  private readonly host = inject(OcopHost);

  /** 'vi' or 'en', whatever spelling the page used. */
  readonly locale = computed<OcopLocale>(() => toOcopLocale(this.host.locale()));

  /**
   * The message `key` with its `{params}` filled in; a param that is not given stays `{name}`. A key of a
   * feature whose page has not registered its messages shows as the key itself, which a spec would catch.
   */
  readonly t = (key: MessageKey, params: MessageParams = {}): string =>
    fill(messageText(this.locale(), key) ?? key, params, this.locale());

  /** A counted noun, "1 product" / "2 products" (vi "1 sản phẩm"), the count written the locale's way. */
  readonly count = (key: PluralMessageKey, count: number, params: MessageParams = {}): string =>
    this.t(`${key}.${pluralForm(count, this.locale())}`, { ...params, count });

  /** vi '1.234,5', en '1,234.5'. */
  readonly number = (value: number, options?: Intl.NumberFormatOptions): string =>
    formatNumber(value, this.locale(), options);

  /** dd/MM/yyyy in both languages (see formatDate). */
  readonly date = (value: string | number | Date): string => formatDate(value);

  /** dd/MM/yyyy HH:mm in both languages (see formatDate). */
  readonly dateTime = (value: string | number | Date): string => formatDateTime(value);

  /**
   * A field error of the domain's validation or of the API, by its stable field and code: Vietnamese is the
   * same text they give, English is translated. `params` fill what the source wrote into its message (the
   * submitted name, the commune code); when the code is not known, or a param is missing, the source's own
   * (Vietnamese) message is shown rather than a half-filled one.
   */
  readonly fieldError = (form: ValidatedForm, error: FieldError, params: MessageParams = {}): string => {
    const key = `validation.${form}.${error.field}.${error.code}`;
    return (isMessageKey(key) && complete(this.t(key, params))) || error.message;
  };

  /** The text of an API error by its code; the API's own (Vietnamese) message for codes not known here. */
  readonly apiError = (error: ApiError): string => {
    const http = /^HTTP_(\d{3})$/.exec(error.code);
    const key = http ? 'error.HTTP' : `error.${error.code}`;
    return (isMessageKey(key) && complete(this.t(key, { status: http?.[1] }))) || error.message;
  };

  /** The name of a phân nhóm of QĐ 1048 by its code, or `fallback` (the API's name) for an unknown code. */
  readonly productGroup = (code: string, fallback = ''): string => {
    const key = `productGroup1048.${code}`;
    return isMessageKey(key) ? this.t(key) : fallback;
  };
}

function fill(template: string, params: MessageParams, locale: OcopLocale): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** The text when every placeholder was filled, else '' (so the caller falls back). */
function complete(text: string): string {
  return new RegExp(PLACEHOLDER.source).test(text) ? '' : text;
}
