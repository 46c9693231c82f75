import { inject, Injectable } from '@angular/core';
import { OcopHost } from '../host/ocop-host';

export interface SavedDraft<T> {
  value: T;
  /** ISO timestamp of the last change. */
  savedAt: string;
}

const PREFIX = 'ocop-draft:';

/**
 * Unsaved form input kept in the browser while the user types, so nothing is lost when the session ends
 * and the portal sends the user to log in again (the page is left and reloaded). Drafts are per user and
 * per form, and are removed once the form is saved or the user discards them.
 */
@Injectable()
export class FormDrafts {
  private readonly host = inject(OcopHost);

  save<T>(form: string, value: T): void {
    const draft: SavedDraft<T> = { value, savedAt: new Date().toISOString() };
    try {
      localStorage.setItem(this.key(form), JSON.stringify(draft));
    } catch {
      // Storage full or disabled: the form still works, only without a safety net.
    }
  }

  load<T>(form: string): SavedDraft<T> | null {
    try {
      const raw = localStorage.getItem(this.key(form));
      return raw ? (JSON.parse(raw) as SavedDraft<T>) : null;
    } catch {
      return null;
    }
  }

  clear(form: string): void {
    localStorage.removeItem(this.key(form));
  }

  private key(form: string): string {
    const profile = this.host.auth()?.profile();
    const user = profile && !(profile instanceof Promise) ? profile.username : 'anonymous';
    return `${PREFIX}${user}:${form}`;
  }
}
