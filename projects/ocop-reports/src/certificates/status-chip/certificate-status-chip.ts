import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Translator } from '@ocop/common';
import type { CertificateStatus } from '@ocop/domain';

/** A certificate's status as a chip with its words (Còn hiệu lực, Sắp hết hạn, …), never colour alone. */
@Component({
  selector: 'ocop-certificate-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="status-chip" [attr.data-status]="status()">{{ name() }}</span>`,
  styles: `
    .status-chip {
      display: inline-block;
      padding: 2px 8px;
      border-radius: 999px;
      border: 1px solid currentcolor;
      white-space: nowrap;
    }
    .status-chip[data-status='valid'] {
      color: #065f46;
    }
    .status-chip[data-status='expiring'] {
      color: #92400e;
    }
    .status-chip[data-status='expired'],
    .status-chip[data-status='revoked'] {
      color: #4b5563;
    }
  `,
})
export class CertificateStatusChip {
  readonly status = input.required<CertificateStatus>();
  private readonly t = inject(Translator).t;
  protected readonly name = computed(() => this.t(`certificates.status.${this.status()}`));
}
