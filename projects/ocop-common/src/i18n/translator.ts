import { inject, Injectable } from '@angular/core';
import { OcopHost } from '../host/ocop-host';
import { MESSAGES_EN, MESSAGES_VI, MessageKey } from './messages';

/** Looks text up in the element's current locale; reading it inside a template tracks the locale signal. */
@Injectable()
export class Translator {
  private readonly host = inject(OcopHost);

  readonly t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
    const table = this.host.locale() === 'en' ? MESSAGES_EN : MESSAGES_VI;
    return table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  };
}
