import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { TestApp } from '../../../../test/harness.js';
import { client, type Caller } from '../../../../test/fixtures.js';
import { biaServices } from '../bia/bia.table.js';
import { people } from '../orgs/orgs.table.js';
import { planVersions } from '../plans/plans.table.js';

/** Test helpers of the risk register: services, people and plan links written straight to the database. */

export async function insertService(t: TestApp, orgId: string, unitId: string, name: string) {
  const now = t.clock.now();
  const [row] = await t.services.db
    .insert(biaServices)
    .values({ orgId, unitId, name, priority: 1, impacts: {}, minimumServiceLevels: [], peakPeriods: [], createdAt: now, updatedAt: now, updatedBy: 'test' })
    .returning();
  return row!.id;
}

export async function insertPerson(t: TestApp, orgId: string, unitId: string, fullName: string, email: string) {
  const now = t.clock.now();
  const [row] = await t.services.db.insert(people).values({ orgId, unitId, fullName, email, createdAt: now, updatedAt: now }).returning();
  return row!.id;
}

/** Plans link risks in their structure, which the plans slice edits; tests set it directly. */
export async function linkRisksToPlan(t: TestApp, planId: string, riskIds: string[]) {
  const versions = await t.services.db.select().from(planVersions).where(eq(planVersions.planId, planId));
  for (const v of versions) await t.services.db.update(planVersions).set({ structure: { ...v.structure, riskIds } }).where(eq(planVersions.id, v.id));
}

export const riskBody = (over: Record<string, unknown> = {}) => ({
  reference: `R-${Math.random().toString(36).slice(2, 8)}`,
  title: 'Armed conflict near the office',
  category: 'security',
  likelihood: 3,
  impact: 4,
  treatment: 'reduce',
  ...over,
});

export async function createRisk(t: TestApp, orgId: string, caller: Caller, over: Record<string, unknown> = {}) {
  const res = await client(t, caller).post(`/api/orgs/${orgId}/risks`, riskBody(over));
  if (res.status !== 201) throw new Error(`create risk: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; reference: string };
}

export async function xlsxOf(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const csvOf = (rows: (string | number)[][], delimiter = ',') =>
  Buffer.from(rows.map((r) => r.map((c) => (/[",;\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(delimiter)).join('\r\n'), 'utf8');

export const importBody = (format: 'csv' | 'xlsx', content: Buffer, mode: 'preview' | 'commit', mapping?: Record<string, string | null>) => ({
  format,
  fileName: `register.${format}`,
  contentBase64: content.toString('base64'),
  mode,
  ...(mapping ? { mapping } : {}),
});

export const TEMPLATE = ['Reference', 'Title', 'Description', 'Category', 'Unit', 'Likelihood', 'Impact', 'Owner', 'Treatment', 'Treatment plan', 'Last assessed', 'Status'];
