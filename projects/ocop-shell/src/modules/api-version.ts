import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import { firstValueFrom } from 'rxjs';

/** The running API's contract version (GET /api/version), asked once per shell and shared by its outlets. */
@Injectable()
export class ApiVersion {
  private readonly api = inject(ApiClient);
  private version: Promise<string> | null = null;

  get(): Promise<string> {
    this.version ??= firstValueFrom(this.api.get<{ api: string }>('/version')).then(
      (answer) => answer.api,
      (err: unknown) => {
        this.version = null; // ask again next time
        throw err;
      },
    );
    return this.version;
  }

  /** Forgets the answer: the next get() asks the API again (it may have been upgraded meanwhile). */
  forget(): void {
    this.version = null;
  }
}
