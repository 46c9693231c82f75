import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { CurrentPath, OcopHost, pathBelow, StatusPanel, Translator } from '@ocop/common';
import { CertificateListPage } from '../certificates/certificate-list/certificate-list';
import { CouncilDetail } from '../councils/council-detail/council-detail';
import { CouncilForm } from '../councils/council-form/council-form';
import { CouncilList } from '../councils/council-list/council-list';
import { DashboardPage } from '../dashboard/dashboard-page/dashboard-page';
import { EvaluationResultsPage } from '../evaluation-results/evaluation-results-page/evaluation-results-page';
import { EvaluationHome } from '../home/evaluation-home/evaluation-home';
import { SessionDocument } from '../minutes/session-document/session-document';
import { IssuedReportPage } from '../periodic/issued-report-page/issued-report-page';
import { PeriodicReportPage } from '../periodic/periodic-report-page/periodic-report-page';
import { ProductEvaluationsPage } from '../results/product-evaluations/product-evaluations';
import { ProvinceResultPage } from '../results/province-result-page/province-result-page';
import { ScoreSheetPage } from '../scoring/score-sheet-page/score-sheet-page';
import { SessionForm } from '../sessions/session-form/session-form';
import { SessionPage } from '../sessions/session-page/session-page';

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

export type ReportsPage =
  | { page: 'home' }
  | { page: 'councils' }
  | { page: 'new-council' }
  | { page: 'council' | 'council-edit'; id: string }
  | { page: 'new-session'; councilId: string | null }
  | { page: 'session' | 'minutes' | 'summary'; id: string }
  | { page: 'score'; sessionId: string; dossierId: string }
  | { page: 'certificates' }
  | { page: 'dashboard' }
  | { page: 'periodic' }
  | { page: 'issued-report'; id: string }
  | { page: 'evaluation-results' }
  | { page: 'province-result'; dossierId: string }
  | { page: 'product-evaluations'; productId: string };

const COUNCIL_PATH = new RegExp(`^/councils/${UUID}(/edit)?$`);
const SESSION_PATH = new RegExp(`^/sessions/${UUID}(/minutes|/summary)?$`);
const SCORE_PATH = new RegExp(`^/sessions/${UUID}/dossiers/${UUID}/score$`);
const PROVINCE_RESULT_PATH = new RegExp(`^/dossiers/${UUID}/province-result$`);
const ISSUED_REPORT_PATH = new RegExp(`^/periodic/issued/${UUID}$`);
const PRODUCT_EVALUATIONS_PATH = new RegExp(`^/products/${UUID}/evaluations$`);
const SESSION_PAGES = { '': 'session', '/minutes': 'minutes', '/summary': 'summary' } as const;

/**
 * The page for the path below `<basePath>/reports` (and its query, for a new session's council); anything
 * unknown shows the evaluation home: /councils, /councils/new, /councils/<id>[/edit],
 * /sessions/new?councilId=<id>, /sessions/<id>[/minutes|/summary], /sessions/<id>/dossiers/<dossierId>/score,
 * /certificates, /dashboard, /periodic, /periodic/issued/<id>, /evaluation-results,
 * /dossiers/<id>/province-result, /products/<id>/evaluations.
 */
export function reportsPageFor(below: string, search = ''): ReportsPage {
  const path = below.replace(/\/+$/, '');
  if (path === '/councils') return { page: 'councils' };
  if (path === '/councils/new') return { page: 'new-council' };
  if (path === '/certificates') return { page: 'certificates' };
  if (path === '/dashboard') return { page: 'dashboard' };
  if (path === '/periodic') return { page: 'periodic' };
  if (path === '/evaluation-results') return { page: 'evaluation-results' };
  if (path === '/sessions/new') {
    const councilId = new URLSearchParams(search).get('councilId');
    return {
      page: 'new-session',
      councilId: councilId && new RegExp(`^${UUID}$`).test(councilId) ? councilId : null,
    };
  }
  const council = COUNCIL_PATH.exec(path);
  if (council) return { page: council[2] ? 'council-edit' : 'council', id: council[1]! };
  const session = SESSION_PATH.exec(path);
  if (session) {
    return { page: SESSION_PAGES[(session[2] ?? '') as keyof typeof SESSION_PAGES], id: session[1]! };
  }
  const score = SCORE_PATH.exec(path);
  if (score) return { page: 'score', sessionId: score[1]!, dossierId: score[2]! };
  const provinceResult = PROVINCE_RESULT_PATH.exec(path);
  if (provinceResult) return { page: 'province-result', dossierId: provinceResult[1]! };
  const issued = ISSUED_REPORT_PATH.exec(path);
  if (issued) return { page: 'issued-report', id: issued[1]! };
  const evaluations = PRODUCT_EVALUATIONS_PATH.exec(path);
  if (evaluations) return { page: 'product-evaluations', productId: evaluations[1]! };
  return { page: 'home' };
}

/** The evaluation section's pages, chosen by the URL below `<basePath>/reports` (deep links survive reloads). */
@Component({
  selector: 'ocop-reports-pages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    StatusPanel,
    CertificateListPage,
    CouncilDetail,
    CouncilForm,
    CouncilList,
    DashboardPage,
    EvaluationHome,
    EvaluationResultsPage,
    IssuedReportPage,
    PeriodicReportPage,
    ProductEvaluationsPage,
    ProvinceResultPage,
    ScoreSheetPage,
    SessionDocument,
    SessionForm,
    SessionPage,
  ],
  // Each page is its own lazy chunk, so the module's first load stays small.
  template: `
    @let current = route();
    @switch (current.page) {
      @case ('councils') {
        @defer (on immediate) {
          <ocop-council-list />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('new-council') {
        @defer (on immediate) {
          <ocop-council-form />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('council') {
        @if (current.page === 'council') {
          @defer (on immediate) {
            <ocop-council-detail [councilId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('council-edit') {
        @if (current.page === 'council-edit') {
          @defer (on immediate) {
            <ocop-council-form [councilId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('new-session') {
        @if (current.page === 'new-session') {
          @defer (on immediate) {
            <ocop-session-form [councilId]="current.councilId" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('session') {
        @if (current.page === 'session') {
          @defer (on immediate) {
            <ocop-session-page [sessionId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('minutes') {
        @if (current.page === 'minutes') {
          @defer (on immediate) {
            <ocop-session-document [sessionId]="current.id" kind="minutes" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('summary') {
        @if (current.page === 'summary') {
          @defer (on immediate) {
            <ocop-session-document [sessionId]="current.id" kind="summary" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('score') {
        @if (current.page === 'score') {
          @defer (on immediate) {
            <ocop-score-sheet-page [sessionId]="current.sessionId" [dossierId]="current.dossierId" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('certificates') {
        @defer (on immediate) {
          <ocop-certificate-list />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('dashboard') {
        @defer (on immediate) {
          <ocop-dashboard-page />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('periodic') {
        @defer (on immediate) {
          <ocop-periodic-report-page />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('issued-report') {
        @if (current.page === 'issued-report') {
          @defer (on immediate) {
            <ocop-issued-report-page [reportId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('evaluation-results') {
        @defer (on immediate) {
          <ocop-evaluation-results-page />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
      @case ('province-result') {
        @if (current.page === 'province-result') {
          @defer (on immediate) {
            <ocop-province-result-page [dossierId]="current.dossierId" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('product-evaluations') {
        @if (current.page === 'product-evaluations') {
          @defer (on immediate) {
            <ocop-product-evaluations [productId]="current.productId" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @default {
        @defer (on immediate) {
          <ocop-evaluation-home />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
    }
  `,
})
export class ReportsPages {
  private readonly host = inject(OcopHost);
  private readonly location = inject(CurrentPath);
  private readonly i18n = inject(Translator);
  protected readonly loading = computed(() => this.i18n.t('common.loading'));

  protected readonly route = computed(() =>
    reportsPageFor(
      pathBelow(`${this.host.basePath().replace(/\/+$/, '')}/reports`, this.location.value()) ?? '',
      this.location.search(),
    ),
  );
}
