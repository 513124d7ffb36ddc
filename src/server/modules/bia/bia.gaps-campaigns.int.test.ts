import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';

const H = 60;
const D = 24 * H;

describe('BIA gaps, campaigns, effort and the XLSX export', () => {
  let t: TestApp;
  let f: OrgFixture;
  const ids = { erp: '', bank: '', archive: '', payments: '', reporting: '', otherService: '' };
  const base = () => `/api/orgs/${f.orgId}/bia`;

  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
    const hq = client(t, f.at.bc_coordinator);
    const dep = async (unitId: string, name: string, kind: string, achievedMinutes: number | null) =>
      (await hq.post(`${base()}/dependencies`, { unitId, name, achievedMinutes, details: { kind } })).body.id as string;
    ids.erp = await dep(f.unit.hq, 'ERP', 'ict_system', 3 * D);
    ids.bank = await dep(f.unit.country, 'Local bank', 'supplier', 4 * H);
    ids.archive = await dep(f.unit.country, 'Contracts archive', 'vital_record', null);
    const service = async (unitId: string, name: string, priority: number, rtoMinutes: number, dependencyIds: string[]) => {
      const res = await hq.post(`${base()}/services`, { unitId, name, priority, impacts: { mandate_delivery: [1, 2, 3, 4, 5, 5] }, rtoMinutes, dependencyIds });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    ids.payments = await service(f.unit.country, 'Cash payments', 1, D, [ids.erp, ids.bank]);
    ids.reporting = await service(f.unit.country, 'Donor reporting', 2, 7 * D, [ids.erp, ids.archive]);
    ids.otherService = await service(f.unit.otherCountry, 'Fleet', 1, 2 * D, [ids.erp]);
  });
  afterAll(() => t.close());

  it('lists every gap of a unit, with required recovery flowing down and achieved recovery rolling up', async () => {
    const report = await client(t, f.country.focal_point).get(`${base()}/gaps?unitId=${f.unit.country}`);
    expect(report.status).toBe(200);
    expect(report.body.gaps.map((g: { serviceName: string; dependencyName: string; requiredMinutes: number; achievedMinutes: number | null }) => [g.serviceName, g.dependencyName, g.requiredMinutes, g.achievedMinutes])).toEqual([
      ['Cash payments', 'ERP', D, 3 * D],
      ['Donor reporting', 'Contracts archive', 7 * D, null],
    ]);
    expect(report.body.dependencies.find((d: { name: string }) => d.name === 'ERP')).toMatchObject({ requiredMinutes: D, achievedMinutes: 3 * D });
    expect(report.body.summary).toMatchObject({ services: 2, links: 4, servicesWithGaps: 2 });
    const services = (await client(t, f.country.focal_point).get(`${base()}/services?unitId=${f.unit.country}`)).body.items;
    expect(services.map((s: { name: string; achievedMinutes: number | null; gapsCount: number }) => [s.name, s.achievedMinutes, s.gapsCount])).toEqual([
      ['Cash payments', 3 * D, 1],
      ['Donor reporting', null, 1],
    ]);
  });

  it('organization-wide covers only the units the caller may read', async () => {
    const all = await client(t, f.at.bc_coordinator).get(`${base()}/gaps`);
    expect(all.body.gaps.map((g: { serviceName: string }) => g.serviceName)).toEqual(['Cash payments', 'Fleet', 'Donor reporting']);
    expect(all.body.summary.units).toBe(4);
    const countryOnly = await client(t, f.country.focal_point).get(`${base()}/gaps`);
    expect(countryOnly.body.gaps.map((g: { serviceName: string }) => g.serviceName)).toEqual(['Cash payments', 'Donor reporting']);
    const staff = await client(t, f.at.staff).get(`${base()}/gaps`);
    expect([staff.status, staff.body.gaps]).toEqual([200, []]);
    // A better ERP closes two gaps at once.
    await client(t, f.at.bc_coordinator).patch(`${base()}/dependencies/${ids.erp}`, { achievedMinutes: 12 * H });
    expect((await client(t, f.at.bc_coordinator).get(`${base()}/gaps`)).body.gaps.map((g: { serviceName: string }) => g.serviceName)).toEqual(['Donor reporting']);
  });

  it('shows campaign progress per unit, overdue units after the due date, and effort totals', async () => {
    const coordinator = client(t, f.at.bc_coordinator);
    const refused = await client(t, f.country.bc_coordinator).post(`${base()}/campaigns`, { rootUnitId: f.unit.region, title: 'Regional BIA', dueDate: '2026-03-31' });
    expect(refused.status).toBe(403);
    const launched = await coordinator.post(`${base()}/campaigns`, { rootUnitId: f.unit.region, title: 'Regional BIA 2026', instructions: 'Light BIA for every office.', dueDate: '2026-03-31' });
    expect(launched.status).toBe(201);
    const id = launched.body.id;
    expect(launched.body.progress).toEqual({ units: 3, notStarted: 1, inProgress: 2, submitted: 0, approved: 0, overdue: 0 });

    await client(t, f.country.focal_point).post(`${base()}/units/${f.unit.country}/submit`);
    await client(t, f.country.focal_point).post(`${base()}/effort`, { unitId: f.unit.country, campaignId: id, hours: 6.5, externalCost: 1200, currency: 'USD', note: 'Workshop' });
    await client(t, f.country.focal_point).post(`${base()}/effort`, { unitId: f.unit.country, campaignId: id, hours: 1.25 });
    const outside = await client(t, f.at.focal_point).post(`${base()}/effort`, { unitId: f.unit.hq, campaignId: id, hours: 1 });
    expect([outside.status, outside.body.error.code]).toEqual([422, 'bia.campaign_mismatch']);

    t.clock.set(new Date('2026-04-01T08:00:00Z'));
    const progress = await coordinator.get(`${base()}/campaigns/${id}`);
    expect(progress.body.units.map((u: { unitName: string; status: string; overdue: boolean; servicesCount: number }) => [u.unitName, u.status, u.overdue, u.servicesCount])).toEqual([
      ['CO office', 'submitted', false, 2],
      ['CO2 office', 'in_progress', true, 1],
      ['RO office', 'not_started', true, 0],
    ]);
    expect(progress.body.overdueUnits.map((u: { unitName: string }) => u.unitName)).toEqual(['CO2 office', 'RO office']);
    expect(progress.body.effort).toEqual({ hours: 7.75, costs: [{ currency: 'USD', amount: 1200 }] });
    expect(progress.body.units.find((u: { unitName: string }) => u.unitName === 'CO office').effortHours).toBe(7.75);
    expect((await client(t, f.country.focal_point).get(`${base()}/units/${f.unit.country}`)).body.effort.hours).toBe(7.75);

    // A country focal point sees the campaign, with its own office only, and cannot close it.
    const seen = await client(t, f.country.focal_point).get(`${base()}/campaigns/${id}`);
    expect(seen.body.units.map((u: { unitName: string }) => u.unitName)).toEqual(['CO office']);
    expect(seen.body.allowedActions.close).toBe(false);
    expect((await client(t, f.country.focal_point).post(`${base()}/campaigns/${id}/close`)).status).toBe(403);

    const closed = await coordinator.post(`${base()}/campaigns/${id}/close`);
    expect(closed.body).toMatchObject({ state: 'closed', overdueUnits: [] });
    expect((await coordinator.post(`${base()}/campaigns/${id}/close`)).body.error.code).toBe('bia.campaign_closed');
    expect((await coordinator.get(`${base()}/campaigns`)).body.items.map((c: { title: string }) => c.title)).toEqual(['Regional BIA 2026']);
  });

  it('exports services, dependencies and gaps as a workbook that reads back', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${base()}/export.xlsx?unitId=${f.unit.country}`, headers: { authorization: `Bearer ${f.country.focal_point.token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="bia-org-[0-9a-f]+-co-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Services', 'Dependencies', 'Gaps']);
    const services = workbook.getWorksheet('Services')!;
    const header = (services.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['Unit', 'Priority', 'Service', 'MTPD', 'MTPD derived', 'MTPD override justification', 'RTO', 'RPO']);
    expect(header).toContain('Mandate delivery — 1 week');
    const payments = (services.getRow(2).values as unknown[]).slice(1);
    expect(payments.slice(0, 4)).toEqual(['CO office', 1, 'Cash payments', '1 week']);
    expect(payments[6]).toBe('1 day');
    expect(payments[header.indexOf('Mandate delivery — 1 week')]).toBe(4);
    expect(workbook.getWorksheet('Dependencies')!.rowCount).toBe(3); // header + the two dependencies of the country office
    const gaps = workbook.getWorksheet('Gaps')!;
    expect((gaps.getRow(2).values as unknown[]).slice(1)).toEqual(['CO office', 2, 'Donor reporting', 'Contracts archive', 'vital_record', '1 week', 'unknown']);
    // Staff read no BIA: the export of the organization is empty, not a leak.
    const staff = await t.app.inject({ method: 'GET', url: `${base()}/export.xlsx`, headers: { authorization: `Bearer ${f.at.staff.token}` } });
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(staff.rawPayload as unknown as Parameters<typeof empty.xlsx.load>[0]);
    expect(empty.getWorksheet('Services')!.rowCount).toBe(1);
  });
});
