import type { ApiError, Certificate, DossierSummary, ExportJob, Page } from '@ocop/domain';

import { startTestApp, type TestApp } from '../../testing/test-app';
import { fixBusinessDate } from '../units/commune-check';
import { exportFile, postExport, readSheets, xlsxParts } from './testing/export-testing';

/** POST /api/exports and its list kinds, on the seeded demo data (Văn Quan), read back from the files. */
describe('exports of lists', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(() => fixBusinessDate('2020-11-29'));
  afterEach(() => fixBusinessDate(null));

  it('exports every dossier the list shows, with the header block, names and typed cells', async () => {
    const list = await t.inject('vq.nongnghiep', '/api/dossiers?limit=200');
    const page = list.json<Page<DossierSummary>>();
    expect(page.total).toBeGreaterThan(0);

    const { job, bytes, headers } = await exportFile(t, 'vq.nongnghiep', 'dossiers');
    expect(job).toEqual(
      jasmine.objectContaining({ state: 'ready', done: page.total, total: page.total, size: bytes.length }),
    );
    expect(job.fileName).toBe('ho-so-ocop-2020-11-29.xlsx');
    expect(headers['content-type']).toContain('spreadsheetml');
    expect(headers['content-disposition']).toContain('attachment');
    expect(headers['content-disposition']).toContain('ho-so-ocop-2020-11-29.xlsx');
    expect(Number(headers['content-length'])).toBe(bytes.length);

    const [sheet] = await readSheets(bytes);
    const data = sheet!.data;
    expect(data[0]?.[0]).toBe('UBND huyện Văn Quan');
    expect(data[1]?.[0]).toBe('DANH SÁCH HỒ SƠ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP');
    expect(data[3]?.[0]).toBe('Bộ lọc: không');
    expect(data[5]?.[0]).toBe('Ngày xuất: 29/11/2020');
    const headerRow = data[6]!;
    expect(headerRow.slice(0, 6)).toEqual([
      'STT',
      'Sản phẩm',
      'Nhóm sản phẩm',
      'Chủ thể',
      'Loại chủ thể',
      'Xã',
    ]);
    const rows = data.slice(7);
    expect(rows.length).toBe(page.total);
    const col = (name: string) => headerRow.indexOf(name);
    // The rows in the list's order (newest change first), with the list's values.
    page.items.forEach((dossier, i) => {
      const row = rows[i]!;
      expect(row[0]).toBe(i + 1);
      expect(row[col('Sản phẩm')]).toBe(dossier.product.name);
      expect(row[col('Xã')]).toBe(dossier.commune.name);
      expect(row[col('Mã hồ sơ')]).toBe(dossier.id);
      expect(row[col('Năm đánh giá')]).toBe(dossier.roundYear);
      expect(row[col('Cập nhật')]).toEqual(jasmine.any(Date));
      expect(row[col('Trạng thái')]).not.toBe(dossier.state);
    });

    const xml = xlsxParts(bytes).get('xl/worksheets/sheet1.xml') ?? '';
    expect(xml).toMatch(/<pane [^>]*ySplit="7"[^>]*state="frozen"/);
  });

  it('writes the filters by name and applies them as the list does', async () => {
    const list = await t.inject('vq.nongnghiep', '/api/dossiers?communeCode=06322&limit=200');
    const total = list.json<Page<DossierSummary>>().total;
    const { bytes } = await exportFile(t, 'vq.nongnghiep', 'dossiers', {
      communeCode: '06322',
      state: 'accepted',
    });
    const data = (await readSheets(bytes))[0]!.data;
    expect(data[3]?.[0]).toBe('Bộ lọc: Trạng thái: Đã tiếp nhận để đánh giá; Xã: Xã Hữu Lễ');
    const rows = data.slice(7);
    const stateCol = data[6]!.indexOf('Trạng thái');
    expect(rows.length).toBeLessThanOrEqual(total);
    for (const row of rows) expect(row[stateCol]).toBe('Đã tiếp nhận để đánh giá');
  });

  it('gives a commune officer naming another commune no rows, as the list does', async () => {
    const list = await t.inject('xa.huule', '/api/dossiers?communeCode=06253');
    expect(list.json<Page<DossierSummary>>().total).toBe(0);
    const { job, bytes } = await exportFile(t, 'xa.huule', 'dossiers', { communeCode: '06253' });
    expect(job.total).toBe(0);
    const data = (await readSheets(bytes))[0]!.data;
    expect(data[0]?.[0]).toBe('UBND xã Hữu Lễ');
    expect(data.length).toBe(7);
  });

  it('exports products and certificates with the scope of their lists', async () => {
    const products = await t.inject('vq.nongnghiep', '/api/products?limit=200');
    const { bytes } = await exportFile(t, 'vq.nongnghiep', 'products');
    const productRows = (await readSheets(bytes))[0]!.data.slice(7);
    expect(productRows.length).toBe(products.json<Page<{ name: string }>>().total);
    expect(productRows.map((r) => r[1])).toEqual(
      products.json<Page<{ name: string }>>().items.map((p) => p.name),
    );

    const certificates = (await t.inject('vq.nongnghiep', '/api/certificates')).json<Certificate[]>();
    const exported = await exportFile(t, 'vq.nongnghiep', 'certificates');
    const data = (await readSheets(exported.bytes))[0]!.data;
    expect(data.slice(7).map((r) => r[1])).toEqual(certificates.map((c) => c.number));
    if (certificates.length > 0) {
      const starsCol = data[6]!.indexOf('Số sao');
      expect(data[7]?.[starsCol]).toBe(certificates[0]!.stars);
      expect(data[7]?.[data[6]!.indexOf('Ngày cấp')]).toEqual(jasmine.any(Date));
    }
  });

  it("exports a plan's tasks, and answers 404 for a plan outside the caller's units", async () => {
    const [plan] = await t.db.query<{ id: string }>(
      `select id::text as id from plans where unit_code = '184' limit 1`,
    );
    expect(plan).toBeDefined();
    const list = await t.inject('vq.nongnghiep', `/api/tasks/plans/${plan!.id}/tasks`);
    const { bytes } = await exportFile(t, 'vq.nongnghiep', 'tasks', { planId: plan!.id });
    const data = (await readSheets(bytes))[0]!.data;
    expect(data.slice(7).length).toBe(list.json<Page<unknown>>().total);

    const other = await postExport(t, 'cl.nongnghiep', 'tasks', { planId: plan!.id });
    expect(other.statusCode).toBe(404);
  });

  it('exports the dashboard one sheet per figure, with the scope refusals of the dashboard', async () => {
    const { bytes } = await exportFile(t, 'vq.nongnghiep', 'dashboard', { year: '2020' });
    const sheets = await readSheets(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Hồ sơ theo trạng thái',
      'Thời gian xử lý',
      'Chỉ số',
      'Sản phẩm theo số sao',
      'Sản phẩm theo nhóm',
      'Sản phẩm theo xã',
      'Nhiệm vụ theo đơn vị',
    ]);
    const dashboard = (await t.inject('vq.nongnghiep', '/api/dashboard?year=2020')).json<{
      funnel: { label: string; count: number }[];
    }>();
    expect(sheets[0]!.data.slice(7).map((r) => [r[0], r[1]])).toEqual(
      dashboard.funnel.map((f) => [f.label, f.count]),
    );
    expect(sheets[0]!.data[2]?.[0]).toBe('Kỳ báo cáo: Năm 2020');

    const otherDistrict = await postExport(t, 'cl.nongnghiep', 'dashboard', { districtCode: '184' });
    expect(otherDistrict.statusCode).toBe(403);
    expect(otherDistrict.json<ApiError>().code).toBe('FORBIDDEN_UNIT');
    expect((await postExport(t, 'hoidong.1', 'dashboard')).statusCode).toBe(403);
  });

  it('answers 400 for an unknown kind, a format the kind lacks and bad params, all at once', async () => {
    const unknown = await postExport(t, 'vq.nongnghiep', 'nothing');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ApiError>().details).toEqual([jasmine.objectContaining({ field: 'kind' })]);

    const pdf = await postExport(t, 'vq.nongnghiep', 'dossiers', {}, 'pdf');
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json<ApiError>().details).toEqual([jasmine.objectContaining({ field: 'format' })]);

    const bad = await postExport(t, 'vq.nongnghiep', 'dossiers', {
      communeCode: 'abc',
      roundYear: 'x',
      foo: '1',
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json<ApiError>().details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['params.communeCode', 'params.foo', 'params.roundYear']);

    const badDashboard = await postExport(t, 'vq.nongnghiep', 'dashboard', { quarter: '5' });
    expect(badDashboard.statusCode).toBe(400);
  });

  it("answers 403 for a kind of a module the caller has no role in, and 404 for another user's job", async () => {
    // Council members have the dossier module only: no tasks export.
    const refused = await postExport(t, 'hoidong.1', 'tasks', {
      planId: '00000000-0000-0000-0000-000000000000',
    });
    expect(refused.statusCode).toBe(403);

    const started = await postExport(t, 'vq.nongnghiep', 'certificates');
    expect(started.statusCode).toBe(202);
    const job = started.json<ExportJob>();
    expect(started.headers['location']).toBe(`/api/exports/${job.id}`);
    expect((await t.inject('vq.yte', `/api/exports/${job.id}`)).statusCode).toBe(404);
    expect((await t.inject('vq.yte', `/api/exports/${job.id}/file`)).statusCode).toBe(404);
    expect((await t.inject('vq.nongnghiep', '/api/exports/not-a-job')).statusCode).toBe(404);
  });
});
