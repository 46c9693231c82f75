import { reportsPageFor } from './reports-pages';

const COUNCIL = 'c0c0c000-0000-4000-8000-000000000184';
const SESSION = '5e550000-0000-4000-8000-000000002021';

describe('reportsPageFor', () => {
  it('shows the evaluation home at the module’s root', () => {
    expect(reportsPageFor('/')).toEqual({ page: 'home' });
    expect(reportsPageFor('')).toEqual({ page: 'home' });
  });

  it('finds the councils, a council and its edit form', () => {
    expect(reportsPageFor('/councils')).toEqual({ page: 'councils' });
    expect(reportsPageFor('/councils/new')).toEqual({ page: 'new-council' });
    expect(reportsPageFor(`/councils/${COUNCIL}`)).toEqual({ page: 'council', id: COUNCIL });
    expect(reportsPageFor(`/councils/${COUNCIL}/edit/`)).toEqual({ page: 'council-edit', id: COUNCIL });
  });

  it('finds a new session with its council from the query, a session, its minutes and its summary', () => {
    expect(reportsPageFor('/sessions/new', `?councilId=${COUNCIL}`)).toEqual({
      page: 'new-session',
      councilId: COUNCIL,
    });
    expect(reportsPageFor('/sessions/new', '?councilId=x')).toEqual({ page: 'new-session', councilId: null });
    expect(reportsPageFor(`/sessions/${SESSION}`)).toEqual({ page: 'session', id: SESSION });
    expect(reportsPageFor(`/sessions/${SESSION}/minutes`)).toEqual({ page: 'minutes', id: SESSION });
    expect(reportsPageFor(`/sessions/${SESSION}/summary`)).toEqual({ page: 'summary', id: SESSION });
  });

  it('finds the scoring page, the certificates, the dashboard, the province result and a product’s evaluations', () => {
    const DOSSIER = 'd0551e00-0000-4000-8000-000000000002';
    const PRODUCT = 'f0000000-0000-4000-8000-000000000002';
    expect(reportsPageFor(`/sessions/${SESSION}/dossiers/${DOSSIER}/score`)).toEqual({
      page: 'score',
      sessionId: SESSION,
      dossierId: DOSSIER,
    });
    expect(reportsPageFor('/certificates/')).toEqual({ page: 'certificates' });
    expect(reportsPageFor('/dashboard')).toEqual({ page: 'dashboard' });
    expect(reportsPageFor('/periodic/')).toEqual({ page: 'periodic' });
    expect(reportsPageFor(`/periodic/issued/${SESSION}`)).toEqual({ page: 'issued-report', id: SESSION });
    expect(reportsPageFor('/evaluation-results')).toEqual({ page: 'evaluation-results' });
    expect(reportsPageFor(`/dossiers/${DOSSIER}/province-result`)).toEqual({
      page: 'province-result',
      dossierId: DOSSIER,
    });
    expect(reportsPageFor(`/products/${PRODUCT}/evaluations`)).toEqual({
      page: 'product-evaluations',
      productId: PRODUCT,
    });
  });

  it('falls back to the home for anything it does not know', () => {
    for (const path of [
      '/sessions',
      `/sessions/${SESSION}/print`,
      `/sessions/${SESSION}/dossiers/x/score`,
      '/councils/123',
      `/dossiers/${SESSION}`,
      `/x/${COUNCIL}`,
      '/periodic/issued/x',
    ]) {
      expect(reportsPageFor(path)).withContext(path).toEqual({ page: 'home' });
    }
  });
});
