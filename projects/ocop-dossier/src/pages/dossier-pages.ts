import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { CurrentPath, OcopHost, pathBelow, StatusPanel, Translator } from '@ocop/common';
import { DossierDetailPage } from '../dossiers/dossier-detail/dossier-detail';
import { DossierList } from '../dossiers/dossier-list/dossier-list';
import { NewDossierForm } from '../dossiers/new-dossier/new-dossier-form';
import { NewProducerForm } from '../producers/new-producer/new-producer-form';
import { ProducerList } from '../producers/producer-list/producer-list';
import { NewProductForm } from '../products/new-product/new-product-form';
import { ProductList } from '../products/product-list/product-list';

const DOSSIER_ID = /^\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export type DossierPage =
  | { page: 'dossiers' }
  | { page: 'new-dossier' }
  | { page: 'dossier'; id: string }
  | { page: 'products' }
  | { page: 'new-product' }
  | { page: 'producers' }
  | { page: 'new-producer' };

/** The page for the path below `<basePath>/dossiers`; anything unknown shows the dossier list. */
export function dossierPageFor(below: string): DossierPage {
  const path = below.replace(/\/+$/, '');
  const id = DOSSIER_ID.exec(path)?.[1];
  if (id !== undefined) return { page: 'dossier', id };
  switch (path) {
    case '/new':
      return { page: 'new-dossier' };
    case '/products':
      return { page: 'products' };
    case '/products/new':
      return { page: 'new-product' };
    case '/producers':
      return { page: 'producers' };
    case '/producers/new':
      return { page: 'new-producer' };
    default:
      return { page: 'dossiers' };
  }
}

/** The dossier module's pages, chosen by the URL below `<basePath>/dossiers` (deep links survive reloads). */
@Component({
  selector: 'ocop-dossier-pages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    StatusPanel,
    DossierList,
    NewDossierForm,
    DossierDetailPage,
    ProductList,
    NewProductForm,
    ProducerList,
    NewProducerForm,
  ],
  // Each page is its own lazy chunk: a commune officer who only opens the list does not download the
  // dossier page, and the module's first load stays within its budget.
  template: `
    @let current = route();
    @switch (current.page) {
      @case ('new-dossier') {
        @defer (on immediate) {
          <ocop-new-dossier-form />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('dossier') {
        @if (current.page === 'dossier') {
          @defer (on immediate) {
            <ocop-dossier-detail [dossierId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('products') {
        @defer (on immediate) {
          <ocop-product-list />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('new-product') {
        @defer (on immediate) {
          <ocop-new-product-form />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('producers') {
        @defer (on immediate) {
          <ocop-producer-list />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('new-producer') {
        @defer (on immediate) {
          <ocop-new-producer-form />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @default {
        @defer (on immediate) {
          <ocop-dossier-list />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
    }
  `,
})
export class DossierPages {
  private readonly host = inject(OcopHost);
  private readonly path = inject(CurrentPath).value;
  private readonly i18n = inject(Translator);
  protected readonly loading = computed(() => this.i18n.t('common.loading'));

  protected readonly route = computed(() =>
    dossierPageFor(pathBelow(`${this.host.basePath().replace(/\/+$/, '')}/dossiers`, this.path()) ?? ''),
  );
}
