import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrgFixture, type OrgFixture } from '../../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../../test/harness.js';
import { EXPORT_LABELS } from './learning.export-labels.js';

/** The management review and crisis evaluation records, read back by real readers (poppler, pandoc). */
const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((d) => existsSync(join(d, command)));
const missing = ['pdftotext', 'pandoc'].filter((c) => !onPath(c));
const dir = mkdtempSync(join(tmpdir(), 'orms-learning-exports-'));
const read = (buffer: Buffer, ext: 'pdf' | 'docx') => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.${ext}`);
  writeFileSync(file, buffer);
  const text = ext === 'pdf' ? execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) : execFileSync('pandoc', ['-t', 'plain', file], { encoding: 'utf8' });
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
};

let t: TestApp;
let f: OrgFixture;
let reviewId = '';
let evaluationId = '';
beforeAll(async () => {
  t = await startTestApp();
  f = await createOrgFixture(t);
  const c = client(t, f.at.bc_coordinator);
  reviewId = (await c.post(`/api/orgs/${f.orgId}/management-reviews`, { title: 'Annual management review', heldOn: '2026-03-02', periodFrom: '2025-03-01', periodTo: '2026-02-28' })).body.id;
  await c.patch(`/api/orgs/${f.orgId}/management-reviews/${reviewId}`, { decisions: ['Fund a second generator for the country office'], contextChanges: 'تغيّر السياق: مكتب جديد في الشمال' });
  evaluationId = (await c.post(`/api/orgs/${f.orgId}/crisis-evaluations`, { title: 'COVID-19 evaluation', crisis: 'COVID-19' })).body.id;
  await c.patch(`/api/orgs/${f.orgId}/crisis-evaluations/${evaluationId}`, { phases: { adjustment: { hr: '远程办公安排' } }, findings: { policyChanges: 'Adopt a telework policy' } });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const download = async (path: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/orgs/${f.orgId}${path}`, headers: { authorization: `Bearer ${f.at.executive.token}` } });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
};

describe.skipIf(missing.length > 0)('learning records read back by real readers', () => {
  it('management review: PDF in English and Chinese, DOCX in Arabic', async () => {
    const en = read(await download(`/management-reviews/${reviewId}/export?format=pdf&lang=en`), 'pdf');
    for (const text of [EXPORT_LABELS.en.managementReview, 'Annual management review', 'Fund a second generator for the country office', EXPORT_LABELS.en.compliance]) expect(en).toContain(text);
    const zh = read(await download(`/management-reviews/${reviewId}/export?format=pdf&lang=zh`), 'pdf').replace(/\s+/g, '');
    expect(zh).toContain(EXPORT_LABELS.zh.decisions);
    const ar = read(await download(`/management-reviews/${reviewId}/export?format=docx&lang=ar`), 'docx');
    expect(ar).toContain(EXPORT_LABELS.ar.contextChanges);
    expect(ar).toContain('مكتب جديد في الشمال');
  });

  it('crisis evaluation: DOCX and PDF for the governing body', async () => {
    const docx = read(await download(`/crisis-evaluations/${evaluationId}/export?format=docx&lang=en`), 'docx');
    for (const text of [EXPORT_LABELS.en.evaluation, EXPORT_LABELS.en.phases.adjustment, '远程办公安排', 'Adopt a telework policy']) expect(docx).toContain(text);
    const pdf = read(await download(`/crisis-evaluations/${evaluationId}/export?format=pdf&lang=fr`), 'pdf');
    expect(pdf).toContain(EXPORT_LABELS.fr.evaluationFindings.policyChanges);
  });
});
