import { Injectable, signal } from '@angular/core';

const STORAGE_KEY = 'ocop-viewed-district';

/**
 * The district a province officer or administrator has chosen to look at. Kept in the browser so the
 * choice survives a reload and is shared by every OCOP element of the page; the API honours it only for
 * province-wide roles (header X-OCOP-District), so it is a view preference, never a permission.
 */
@Injectable({ providedIn: 'root' })
export class ViewedDistrict {
  private readonly code = signal<string | null>(read());
  readonly value = this.code.asReadonly();

  set(code: string | null): void {
    try {
      if (code) localStorage.setItem(STORAGE_KEY, code);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage disabled: the choice lasts until the page is left.
    }
    this.code.set(code);
  }
}

function read(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
