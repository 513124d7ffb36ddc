import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { client } from '../../../../test/fixtures.js';
import { fullSections, insertPerson, insertRisk, insertService, role, step } from './plan-test-data.js';

/** Reads exports the way people's tools do: poppler's pdftotext and pandoc's DOCX reader. */
const dir = mkdtempSync(path.join(tmpdir(), 'orms-plan-exports-'));
function readPdf(bytes: Buffer) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
function readDocx(bytes: Buffer) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.docx`);
  writeFileSync(file, bytes);
  return execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '-s', '--wrap=none', file], { encoding: 'utf8' });
}
/** pdftotext may give right-to-left text in visual order; either order proves the words are there. */
const squash = (s: string) => s.replace(/\s+/g, '');
const containsEither = (text: string, word: string) => squash(text).includes(squash(word)) || squash(text).includes(squash([...word].reverse().join('')));

const TEXT = {
  en: { title: 'Business continuity plan Kampala', role: 'Crisis lead', deputy: 'Deputy lead', step: 'Account for all staff', day: 'Open the alternate site', heading: 'First hour', section: 'Delegation of authority' },
  ar: { title: 'خطة استمرارية العمل في كمبالا', role: 'قائد الأزمة', deputy: 'نائب القائد', step: 'حصر جميع الموظفين', day: 'فتح الموقع البديل', heading: 'الساعة الأولى', section: 'تفويض السلطة' },
  zh: { title: '坎帕拉业务连续性计划', role: '危机负责人', deputy: '副负责人', step: '清点所有工作人员', day: '启用备用地点', heading: '第一个小时', section: '授权' },
} as const;

describe('action cards and plan exports', () => {
  let t: TestApp;
  let f: OrgFixture;
  const plans: Record<string, { id: string; lead: string }> = {};

  beforeAll(async () => {
    t = await startTestApp();
    f = await createOrgFixture(t);
    const grace = await insertPerson(t, f.orgId, f.unit.country, 'Grace Achieng', { mobilePhone: '+256 77 123 4567' });
    const peter = await insertPerson(t, f.orgId, f.unit.country, 'Peter Mugisha');
    const service = await insertService(t, f.orgId, f.unit.country, { name: 'Cash distribution', rtoMinutes: 1440, mtpdMinutes: 4320 });
    const risk = await insertRisk(t, f.orgId, 'Flooding');
    const author = client(t, f.country.focal_point);
    for (const [language, words] of Object.entries(TEXT)) {
      const created = await author.post(`/api/orgs/${f.orgId}/plans`, { unitId: f.unit.country, type: 'business_continuity', title: words.title, language });
      const lead = role(words.role, { primary: grace, alternates: [peter] });
      const deputy = role(words.deputy, { primary: peter, calledBy: lead.id });
      const res = await author.patch(`/api/orgs/${f.orgId}/plans/${created.body.id}`, {
        sections: fullSections,
        structure: {
          criticalFunctions: [{ serviceId: service }],
          roles: [lead, deputy],
          recoverySteps: [step(lead.id, 'first_hour', words.step), step(lead.id, 'first_day', words.day), step(deputy.id, 'later', 'Review the plan')],
          externalContacts: [{ name: 'City fire brigade', phone: '+256 41 434 0000', verifiedOn: '2026-02-01' }],
          riskIds: [risk],
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      plans[language] = { id: created.body.id, lead: lead.id };
    }
  });
  afterAll(() => t.close());

  const url = (language: string, rest: string) => `/api/orgs/${f.orgId}/plans/${plans[language]!.id}/${rest}`;

  it('gives one card per role with people, the call tree and steps by phase', async () => {
    const res = await client(t, f.country.focal_point).get(url('en', 'cards'));
    expect(res.status).toBe(200);
    expect(res.body.cards.map((c: { title: string }) => c.title)).toEqual(['Crisis lead', 'Deputy lead']);
    const [lead, deputy] = res.body.cards;
    expect(lead.primary).toMatchObject({ fullName: 'Grace Achieng', mobilePhone: '+256 77 123 4567' });
    expect(lead.alternates.map((p: { fullName: string }) => p.fullName)).toEqual(['Peter Mugisha']);
    expect(lead.calls).toEqual([expect.objectContaining({ title: 'Deputy lead' })]);
    expect(deputy.calledBy).toMatchObject({ title: 'Crisis lead', primary: { fullName: 'Grace Achieng' } });
    expect(lead.steps.first_hour.map((s: { does: string }) => s.does)).toEqual(['Account for all staff']);
    expect(lead.steps.first_day.map((s: { does: string }) => s.does)).toEqual(['Open the alternate site']);
    // Steps after the first week stay in the plan, not on the card.
    expect(deputy.steps).toEqual({ first_hour: [], first_day: [], first_week: [] });
    expect(lead.keyContacts[0].name).toBe('City fire brigade');
    const one = await client(t, f.country.focal_point).get(url('en', `cards?role=${plans.en!.lead}`));
    expect(one.body.cards).toHaveLength(1);
    expect((await client(t, f.country.focal_point).get(url('en', `cards?role=${f.orgId}`))).status).toBe(404);
  });

  it.each(Object.keys(TEXT))('exports the plan and its cards in %s, readable by pdftotext and pandoc', async (language) => {
    const words = TEXT[language as keyof typeof TEXT];
    const c = client(t, f.country.focal_point);
    for (const format of ['pdf', 'docx'] as const) {
      const res = await t.app.inject({ method: 'GET', url: url(language, `export.${format}`), headers: { authorization: `Bearer ${f.country.focal_point.token}` } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain(format === 'pdf' ? 'application/pdf' : 'wordprocessingml');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.(pdf|docx)"; filename\*=UTF-8''/);
      const text = format === 'pdf' ? readPdf(res.rawPayload) : readDocx(res.rawPayload);
      if (format === 'pdf') expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      for (const word of [words.title, words.section, words.step, 'Grace Achieng', 'Cash distribution']) expect(containsEither(text, word), `${format} lacks ${word}:\n${text.slice(0, 1500)}`).toBe(true);
    }
    for (const format of ['pdf', 'docx'] as const) {
      const res = await t.app.inject({ method: 'GET', url: url(language, `cards.${format}?role=${plans[language]!.lead}`), headers: { authorization: `Bearer ${f.country.focal_point.token}` } });
      expect(res.statusCode).toBe(200);
      const text = format === 'pdf' ? readPdf(res.rawPayload) : readDocx(res.rawPayload);
      for (const word of [words.role, words.step, words.day, words.heading, '+256 77 123 4567']) expect(containsEither(text, word), `${format} card lacks ${word}:\n${text.slice(0, 1500)}`).toBe(true);
    }
    expect((await c.get(url(language, 'cards.pdf?role=nope'))).status).toBe(400);
  });

  it('gives staff the version in force only, and nothing before approval', async () => {
    const staff = client(t, f.country.staff);
    expect((await staff.get(url('en', 'cards'))).status).toBe(404);
    expect((await staff.get(url('en', 'export.pdf'))).status).toBe(404);
    const author = client(t, f.country.focal_point);
    await author.post(url('en', 'submit'));
    await client(t, f.at.executive).post(url('en', 'approve'));
    await author.post(url('en', 'revise'));
    await author.patch(`/api/orgs/${f.orgId}/plans/${plans.en!.id}`, { structure: { roles: [role('Draft-only role')], recoverySteps: [] } });
    const cards = await staff.get(url('en', 'cards'));
    expect(cards.status).toBe(200);
    expect(cards.body.cards.map((c: { title: string }) => c.title)).toEqual(['Crisis lead', 'Deputy lead']);
    expect(cards.body.state).toBe('approved');
    expect((await author.get(url('en', 'cards'))).body.cards.map((c: { title: string }) => c.title)).toEqual(['Draft-only role']);
  });
});
