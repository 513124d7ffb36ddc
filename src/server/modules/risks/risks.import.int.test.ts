import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, snapshotCounts, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { createRisk, csvOf, importBody, insertPerson, TEMPLATE, xlsxOf } from './risks.test-support.js';

let t: TestApp;
let f: OrgFixture;
const url = () => `/api/orgs/${f.orgId}/risks/import`;
const officer = () => client(t, f.at.risk_officer);
const riskCount = async () => (await officer().get(`/api/orgs/${f.orgId}/risks?limit=500`)).body.total as number;

beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  await insertPerson(t, f.orgId, f.unit.country, 'Ana Owner', 'ana@test.example');
});
afterAll(() => t.close());

const row = (ref: string, over: Partial<Record<string, string | number>> = {}) => {
  const v: Record<string, string | number> = { Reference: ref, Title: `Risk ${ref}`, Description: '', Category: 'Security', Unit: 'CO', Likelihood: 3, Impact: 4, Owner: 'ana@test.example', Treatment: 'reduce', 'Treatment plan': '', 'Last assessed': '2026-01-15', Status: 'open', ...over };
  return TEMPLATE.map((h) => v[h] ?? '');
};

describe('import: valid files commit whole', () => {
  it('previews a CSV without writing, then commits it with one audit entry', async () => {
    const file = csvOf([TEMPLATE, row('CSV-1'), row('CSV-2', { Category: 'ICT disaster recovery', 'Last assessed': '31/12/2025', Unit: '' })]);
    const before = await snapshotCounts(t);
    const preview = await officer().post(url(), importBody('csv', file, 'preview'));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ mappingProposed: true, committed: false, counts: { rows: 2, new: 2, updated: 0, errors: 0 } });
    expect(preview.body.mapping).toMatchObject({ Reference: 'reference', 'Last assessed': 'lastAssessedOn', 'Treatment plan': 'treatmentPlan' });
    expect(preview.body.rows.map((r: { rowNumber: number; status: string }) => [r.rowNumber, r.status])).toEqual([[2, 'ok'], [3, 'ok']]);
    expect(await snapshotCounts(t)).toEqual(before);

    const commit = await officer().post(url(), importBody('csv', file, 'commit'));
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({ committed: true, counts: { new: 2, updated: 0, errors: 0 } });
    const list = (await officer().get(`/api/orgs/${f.orgId}/risks?q=CSV-`)).body.items;
    expect(list.map((r: { reference: string }) => r.reference).sort()).toEqual(['CSV-1', 'CSV-2']);
    const csv2 = list.find((r: { reference: string }) => r.reference === 'CSV-2');
    expect(csv2).toMatchObject({ category: 'ict_disaster_recovery', lastAssessedOn: '2025-12-31', unitId: null, ownerName: 'Ana Owner' });
    const trail = (await client(t, f.at.bc_coordinator).get(`/api/orgs/${f.orgId}/audit?entityType=risk_import`)).body.items;
    expect(trail).toHaveLength(1);
    expect(trail[0].after).toMatchObject({ fileName: 'register.csv', counts: { new: 2, updated: 0 } });
  });

  it('reads ; delimited CSV with a BOM, and updates a risk whose reference exists', async () => {
    await createRisk(t, f.orgId, f.at.risk_officer, { reference: 'SEMI-1', title: 'Old title' });
    const file = Buffer.concat([Buffer.from('\uFEFF'), csvOf([TEMPLATE, row('SEMI-1', { Title: 'New; better title' }), row('SEMI-2')], ';')]);
    const res = await officer().post(url(), importBody('csv', file, 'commit'));
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ new: 1, updated: 1 });
    expect(res.body.rows.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
    const risks = (await officer().get(`/api/orgs/${f.orgId}/risks?q=SEMI-`)).body.items;
    expect(risks.find((r: { reference: string }) => r.reference === 'SEMI-1').title).toBe('New; better title');
  });

  it('commits an XLSX register', async () => {
    const file = await xlsxOf([TEMPLATE, row('X-1'), row('X-2', { Likelihood: 5, Impact: 5 })]);
    const res = await officer().post(url(), importBody('xlsx', file, 'commit'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ committed: true, counts: { new: 2 } });
    expect((await officer().get(`/api/orgs/${f.orgId}/risks?q=X-`)).body.items[0]).toMatchObject({ reference: 'X-2', score: 25 });
  });
});

describe('import: a broken row refuses the whole file', () => {
  it('rejects an XLSX with one broken row, naming the row, and writes nothing', async () => {
    const file = await xlsxOf([TEMPLATE, row('B-1'), row('B-2'), row('B-3'), row('B-4'), row('B-5'), row('B-6', { Likelihood: 'high' }), row('B-7')]);
    const before = await snapshotCounts(t);
    const count = await riskCount();
    const res = await officer().post(url(), importBody('xlsx', file, 'commit'));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('risks.import_invalid');
    expect(res.body.error.issues.map((i: { message: string }) => i.message)).toContain("row 7: likelihood must be a whole number from 1 to 5, got 'high'");
    expect(res.body.report.counts).toMatchObject({ rows: 7, errors: 1 });
    const broken = res.body.report.rows.find((r: { status: string }) => r.status === 'error');
    expect(broken).toMatchObject({ rowNumber: 7, reference: 'B-6', issues: [{ field: 'likelihood', column: 'Likelihood', code: 'risks.import.invalid_rating' }] });
    expect(await snapshotCounts(t)).toEqual(before);
    expect(await riskCount()).toBe(count);
  });

  it('reports every problem of every row: unknown unit, owner, category, bad date, duplicate reference', async () => {
    const file = csvOf([TEMPLATE, row('D-1', { Unit: 'NOPE' }), row('D-2', { Owner: 'nobody@x.org', Category: 'alien' }), row('D-3', { 'Last assessed': '12/31/2025' }), row('D-1')]);
    const res = await officer().post(url(), importBody('csv', file, 'preview'));
    expect(res.status).toBe(200);
    const issues = res.body.rows.map((r: { rowNumber: number; issues: { code: string }[] }) => [r.rowNumber, r.issues.map((i) => i.code)]);
    expect(issues).toEqual([
      [2, ['risks.import.unknown_unit']],
      [3, ['risks.import.unknown_category', 'risks.import.unknown_owner']],
      [4, ['risks.import.invalid_date']],
      [5, ['risks.import.duplicate_reference']],
    ]);
  });
});

describe('import: mapping', () => {
  it('proposes a mapping from French and Arabic headers', async () => {
    const fr = ['Référence', 'Titre', 'Catégorie', 'Probabilité', 'Impact', 'Traitement', 'Propriétaire', 'Dernière évaluation'];
    const res = await officer().post(url(), importBody('csv', csvOf([fr, ['FR-1', 'Inondation', 'natural_hazard', '2', '3', 'accept', 'Ana Owner', '01/02/2026']]), 'preview'));
    expect(res.body.mapping).toEqual({ Référence: 'reference', Titre: 'title', Catégorie: 'category', Probabilité: 'likelihood', Impact: 'impact', Traitement: 'treatment', Propriétaire: 'owner', 'Dernière évaluation': 'lastAssessedOn' });
    expect(res.body.counts).toMatchObject({ new: 1, errors: 0 });

    const ar = ['المرجع', 'العنوان', 'الفئة', 'الاحتمال', 'الأثر', 'المعالجة', 'ملاحظات'];
    const arRes = await officer().post(url(), importBody('xlsx', await xlsxOf([ar, ['AR-1', 'فيضان', 'Natural hazard', 4, 2, 'Reduce', '']]), 'preview'));
    expect(arRes.body.mapping).toEqual({ المرجع: 'reference', العنوان: 'title', الفئة: 'category', الاحتمال: 'likelihood', الأثر: 'impact', المعالجة: 'treatment', ملاحظات: null });
    expect(arRes.body.counts).toMatchObject({ new: 1, errors: 0 });
  });

  it('uses the mapping sent, and refuses a commit whose mapping misses a required field', async () => {
    const file = csvOf([['Code', 'What', 'Kind', 'P', 'Sev', 'Response'], ['M-1', 'Strike', 'operational', '2', '2', 'accept']]);
    const mapping = { Code: 'reference', What: 'title', Kind: 'category', P: 'likelihood', Sev: 'impact', Response: 'treatment' };
    const ok = await officer().post(url(), importBody('csv', file, 'preview', mapping));
    expect(ok.body).toMatchObject({ mappingProposed: false, counts: { new: 1, errors: 0 } });
    const before = await snapshotCounts(t);
    const missing = await officer().post(url(), importBody('csv', file, 'commit', { ...mapping, Sev: null }));
    expect(missing.status).toBe(422);
    expect(missing.body.report.fileIssues).toEqual([expect.objectContaining({ code: 'risks.import.missing_column', field: 'impact' })]);
    expect(await snapshotCounts(t)).toEqual(before);
  });
});

describe('import: malformed files get a report, never a 500', () => {
  const cases: [string, 'csv' | 'xlsx', Buffer, string][] = [
    ['an empty file', 'csv', Buffer.alloc(0), 'risks.import.empty_file'],
    ['binary garbage as CSV', 'csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]), 'risks.import.not_text'],
    ['Latin-1 text', 'csv', Buffer.from([0x52, 0xe9, 0x66, 0x0a]), 'risks.import.not_utf8'],
    ['an unclosed quote', 'csv', Buffer.from('Reference,Title\n"R-1,Oops\n'), 'risks.import.malformed_csv'],
    ['a corrupt XLSX', 'xlsx', Buffer.from('PK\u0003\u0004 this is not a zip'), 'risks.import.unreadable_xlsx'],
    ['CSV sent as XLSX', 'xlsx', csvOf([TEMPLATE, row('Z-1')]), 'risks.import.unreadable_xlsx'],
    ['headers only', 'csv', csvOf([TEMPLATE]), 'risks.import.no_rows'],
    ['an empty header row', 'csv', Buffer.from(',,\nR-1,x,y\n'), 'risks.import.no_header'],
  ];
  it.each(cases)('%s', async (_name, format, content, code) => {
    const before = await snapshotCounts(t);
    for (const mode of ['preview', 'commit'] as const) {
      const res = await officer().post(url(), { ...importBody(format, content, mode), contentBase64: content.toString('base64') });
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(422);
      expect(res.body.report.fileIssues[0].code).toBe(code);
    }
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('commits 5,000 rows, the most one file may hold, in one transaction', async () => {
    // Its own organization, so the export round trip below stays small.
    const g = await createOrgFixture(t);
    const rows = Array.from({ length: 5000 }, (_, i) => row(`MAX-${i}`, { Owner: '' }));
    const res = await client(t, g.at.risk_officer).post(`/api/orgs/${g.orgId}/risks/import`, importBody('csv', csvOf([TEMPLATE, ...rows]), 'commit'));
    expect(res.status).toBe(200);
    expect(res.body.counts).toMatchObject({ rows: 5000, new: 5000, errors: 0 });
    expect((await client(t, g.at.risk_officer).get(`/api/orgs/${g.orgId}/risks?q=MAX-&limit=1`)).body.total).toBe(5000);
  });

  it('refuses 5,001 rows whole', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => row(`BIG-${i}`));
    const res = await officer().post(url(), importBody('csv', csvOf([TEMPLATE, ...rows]), 'preview'));
    expect(res.status).toBe(422);
    expect(res.body.report.fileIssues[0]).toMatchObject({ code: 'risks.import.too_many_rows' });
  });
});

describe('export', () => {
  it('exports the register as XLSX that imports again unchanged (every row an update, nothing changes)', async () => {
    const exported = await t.app.inject({ method: 'GET', url: `/api/orgs/${f.orgId}/risks/export.xlsx`, headers: { authorization: `Bearer ${f.at.risk_officer.token}` } });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const total = await riskCount();
    const before = (await officer().get(`/api/orgs/${f.orgId}/risks?limit=500&sort=reference`)).body.items;
    const res = await officer().post(url(), importBody('xlsx', exported.rawPayload, 'commit'));
    expect(res.status, JSON.stringify(res.body).slice(0, 800)).toBe(200);
    expect(res.body).toMatchObject({ mappingProposed: true, counts: { rows: total, new: 0, updated: total, errors: 0 } });
    const after = (await officer().get(`/api/orgs/${f.orgId}/risks?limit=500&sort=reference`)).body.items;
    const strip = (items: Record<string, unknown>[]) => items.map(({ updatedAt: _u, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
  });

  it('serves the CSV template, whose headers map themselves', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/orgs/${f.orgId}/risks/import-template.csv`, headers: { authorization: `Bearer ${f.at.staff.token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.body.replace(/^\uFEFF/, '').trim()).toBe(TEMPLATE.join(','));
  });
});
