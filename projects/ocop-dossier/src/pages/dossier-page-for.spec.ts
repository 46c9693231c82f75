import { dossierPageFor } from './dossier-pages';

describe('dossierPageFor', () => {
  const ID = '0d0c2019-0000-4000-8000-000000000001';

  it('gives the dossier list for the module’s root, with or without a trailing slash', () => {
    expect(dossierPageFor('/')).toEqual({ page: 'dossiers' });
    expect(dossierPageFor('')).toEqual({ page: 'dossiers' });
  });

  it('gives each page of the module for its path, a trailing slash ignored', () => {
    expect(dossierPageFor('/new')).toEqual({ page: 'new-dossier' });
    expect(dossierPageFor('/new/')).toEqual({ page: 'new-dossier' });
    expect(dossierPageFor('/products')).toEqual({ page: 'products' });
    expect(dossierPageFor('/products/new')).toEqual({ page: 'new-product' });
    expect(dossierPageFor('/producers')).toEqual({ page: 'producers' });
    expect(dossierPageFor('/producers/new/')).toEqual({ page: 'new-producer' });
  });

  it('gives a dossier’s page for a lower-case UUID, with its id', () => {
    expect(dossierPageFor(`/${ID}`)).toEqual({ page: 'dossier', id: ID });
    expect(dossierPageFor(`/${ID}/`)).toEqual({ page: 'dossier', id: ID });
  });

  it('falls back to the list for anything else: not a UUID, deeper paths, unknown words', () => {
    expect(dossierPageFor('/42')).toEqual({ page: 'dossiers' });
    expect(dossierPageFor(`/${ID}/timeline`)).toEqual({ page: 'dossiers' });
    expect(dossierPageFor(`/${ID.slice(0, -1)}`)).toEqual({ page: 'dossiers' });
    expect(dossierPageFor('/products/new/extra')).toEqual({ page: 'dossiers' });
    expect(dossierPageFor('/NEW')).toEqual({ page: 'dossiers' });
  });
});
