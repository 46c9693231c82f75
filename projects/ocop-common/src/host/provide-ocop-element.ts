import { Provider, Type } from '@angular/core';
import { ApiClient } from '../api/api-client';
import { FormDrafts } from '../drafts/form-draft';
import { Translator } from '../i18n/translator';
import { CurrentPath } from '../location/current-path';
import { OcopHost } from './ocop-host';

/** Providers for an element's root component: the component itself is the OcopHost (its inputs). */
export function provideOcopElement(root: Type<OcopHost>): Provider[] {
  return [{ provide: OcopHost, useExisting: root }, ApiClient, Translator, CurrentPath, FormDrafts];
}
