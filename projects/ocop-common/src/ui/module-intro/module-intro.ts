import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MessageKey } from '../../i18n/messages';
import { Translator } from '../../i18n/translator';

/** Title and one paragraph, by message key: the landing text of a module page. */
@Component({
  selector: 'ocop-module-intro',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h2>{{ t(heading()) }}</h2>
    <p>{{ t(text()) }}</p>`,
  styles: `
    h2 {
      margin: 0 0 8px;
      font-size: 20px;
      font-weight: 600;
    }
    p {
      margin: 0;
      color: var(--ocop-muted);
    }
  `,
})
export class ModuleIntro {
  readonly heading = input.required<MessageKey>();
  readonly text = input.required<MessageKey>();
  protected readonly t = inject(Translator).t;
}
