import { and, eq } from 'drizzle-orm';
import type { TEvaluationUpdate, TEvaluationView } from '../../../domain/contract/learning.js';
import { inTransaction, type Ctx } from '../../context.js';
import { defineError, forbidden } from '../../http/errors.js';
import { audit } from '../audit/audit.usecases.js';
import { loadOrgScope } from '../orgs/org-scope.js';
import { crisisEvaluations } from './learning.table.js';
import { learningPolicy as policy } from './learning.policy.js';

export const evaluationNotFound = defineError({ code: 'learning.evaluation_not_found', status: 404, message: 'Evaluation not found.' });
const finalized = defineError({ code: 'learning.evaluation_final', status: 409, message: 'The evaluation is final.' });

type Row = typeof crisisEvaluations.$inferSelect;

async function readable(ctx: Ctx, orgId: string) {
  const scope = await loadOrgScope(ctx, orgId);
  if (!policy.readTop(scope)) throw evaluationNotFound();
  return scope;
}

export async function listEvaluations(ctx: Ctx, orgId: string) {
  const scope = await readable(ctx, orgId);
  const rows = await ctx.db.select().from(crisisEvaluations).where(eq(crisisEvaluations.orgId, orgId)).orderBy(crisisEvaluations.createdAt);
  return {
    items: rows.reverse().map((r) => ({ id: r.id, title: r.title, status: r.status as 'draft' | 'final', periodFrom: r.periodFrom, periodTo: r.periodTo })),
    allowedActions: { create: policy.manageTop(scope) },
  };
}

function present(row: Row, editable: boolean): TEvaluationView {
  return {
    id: row.id,
    title: row.title,
    crisis: row.crisis,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    status: row.status as 'draft' | 'final',
    governingBody: row.governingBody,
    phases: row.phases as TEvaluationView['phases'],
    findings: row.findings as TEvaluationView['findings'],
    allowedActions: { edit: editable, finalize: editable },
  };
}

async function load(ctx: Ctx, orgId: string, id: string) {
  const scope = await readable(ctx, orgId);
  const [row] = await ctx.db.select().from(crisisEvaluations).where(and(eq(crisisEvaluations.orgId, orgId), eq(crisisEvaluations.id, id)));
  if (!row) throw evaluationNotFound();
  return { scope, row, editable: row.status === 'draft' && policy.manageTop(scope) };
}

export async function getEvaluation(ctx: Ctx, orgId: string, id: string) {
  const { row, editable } = await load(ctx, orgId, id);
  return present(row, editable);
}

export async function createEvaluation(ctx: Ctx, orgId: string, input: { title: string; crisis: string; periodFrom: string | null; periodTo: string | null }) {
  const scope = await readable(ctx, orgId);
  if (!policy.manageTop(scope)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const now = ctx.clock.now();
    const [row] = await t.db.insert(crisisEvaluations).values({ orgId, ...input, status: 'draft', phases: {}, findings: {}, createdAt: now, createdBy: ctx.actor.userId, updatedAt: now }).returning();
    await audit(t, { orgId, action: 'crisis_evaluation.created', entityType: 'crisis_evaluation', entityId: row!.id, after: input });
    return present(row!, true);
  });
}

/** Phases and findings are merged: each phase's notes and each finding are replaced one by one. */
export async function updateEvaluation(ctx: Ctx, orgId: string, id: string, input: TEvaluationUpdate) {
  const { scope, row } = await load(ctx, orgId, id);
  if (row.status !== 'draft') throw finalized();
  if (!policy.manageTop(scope)) throw forbidden();
  const phases = { ...row.phases };
  for (const [phase, notes] of Object.entries(input.phases ?? {})) phases[phase] = { ...(phases[phase] ?? {}), ...(notes as Record<string, string>) };
  const findings = { ...row.findings, ...(input.findings as Record<string, string> | undefined) };
  return inTransaction(ctx, async (t) => {
    const { phases: _p, findings: _f, ...rest } = input;
    const [after] = await t.db.update(crisisEvaluations).set({ ...rest, phases, findings, updatedAt: ctx.clock.now() }).where(eq(crisisEvaluations.id, id)).returning();
    await audit(t, { orgId, action: 'crisis_evaluation.updated', entityType: 'crisis_evaluation', entityId: id, after: input });
    return present(after!, true);
  });
}

export async function finalizeEvaluation(ctx: Ctx, orgId: string, id: string) {
  const { scope, row } = await load(ctx, orgId, id);
  if (row.status !== 'draft') throw finalized();
  if (!policy.manageTop(scope)) throw forbidden();
  return inTransaction(ctx, async (t) => {
    const [after] = await t.db.update(crisisEvaluations).set({ status: 'final', finalizedAt: ctx.clock.now(), updatedAt: ctx.clock.now() }).where(eq(crisisEvaluations.id, id)).returning();
    await audit(t, { orgId, action: 'crisis_evaluation.finalized', entityType: 'crisis_evaluation', entityId: id, before: { status: 'draft' }, after: { status: 'final' } });
    return present(after!, false);
  });
}
