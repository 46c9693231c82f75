import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  CATALOG_MESSAGES,
  followLink,
  nfcValueOf,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { formatPhone, matchesSearch, Producer } from '@ocop/domain';
import { ProducersApi } from '../producers-api';
import { ProducerListStore } from './producer-list.store';

registerMessages(CATALOG_MESSAGES);

/**
 * <basePath>/dossiers/producers: the producers (chủ thể) of the user's units. The search filters the loaded
 * names at once, ignoring diacritics and case; when the loaded page does not hold the whole list, the API
 * (same rule) answers the search too, once typing pauses.
 */
@Component({
  selector: 'ocop-producer-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  providers: [ProducersApi, ProducerListStore],
  templateUrl: './producer-list.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './producer-list.css',
  ],
})
export class ProducerList {
  protected readonly store = inject(ProducerListStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly host = inject(OcopHost);

  protected readonly searchText = signal('');

  private readonly base = computed(() => `${this.host.basePath().replace(/\/+$/, '')}/dossiers`);
  protected readonly dossiersUrl = this.base;
  protected readonly productsUrl = computed(() => `${this.base()}/products`);
  protected readonly newProducerUrl = computed(() => `${this.base()}/producers/new`);

  /** The loaded producers whose names match the search as typed. */
  protected readonly visible = computed(() =>
    this.store.items().filter((producer) => matchesSearch(producer.name, this.searchText())),
  );
  /** Whether the loaded page holds only part of the matching producers (the API then searches). */
  private readonly partial = computed(() => this.store.total() > this.store.items().length);
  protected readonly shownTotal = computed(() =>
    this.partial() ? this.store.total() : this.visible().length,
  );
  protected readonly loadError = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : undefined;
  });

  constructor() {
    this.store.load('');
  }

  protected search(event: Event): void {
    const text = nfcValueOf(event);
    if (text === null) return;
    this.searchText.set(text);
    // A complete list is filtered here alone; a partial one, or one the API already narrowed, asks again.
    if (this.partial() || this.store.query() !== '') this.store.search(text);
  }

  protected typeLabel(producer: Producer): string {
    return this.t(`producerType.${producer.type}`);
  }

  protected representative(producer: Producer): string {
    const { representativeName: name, representativePosition: position } = producer;
    if (name === null) return '';
    return position === null ? name : this.t('producers.representative', { name, position });
  }

  protected address(producer: Producer): string {
    return [producer.address, producer.commune.name].filter((part) => part !== null).join(', ');
  }

  protected readonly formatPhone = formatPhone;

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
