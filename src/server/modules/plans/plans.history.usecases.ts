import { diffWordsWithSpace } from 'diff';
import type { TPlanDiff } from '../../../domain/contract/plans.js';
import { PLAN_STRUCTURE_KEYS, readStructure } from '../../../domain/contract/plan-structure.js';
import { PLAN_SECTION_KEYS, type TPlanSections } from '../../../domain/plans/plan-template.js';
import type { TPlanState } from '../../../domain/plans/plan-state.js';
import type { Ctx } from '../../context.js';
import { versionNotFound } from './plans.errors.js';
import { plansPolicy } from './plans.policy.js';
import { findVersion, listVersions } from './plans.repository.js';
import { loadVisiblePlan } from './plans.usecases.js';

type TVersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

/** Readers who see no drafts see only the approved and superseded versions. */
async function visibleVersions(ctx: Ctx, orgId: string, planId: string) {
  const { scope, row } = await loadVisiblePlan(ctx, orgId, planId);
  const allStates = plansPolicy.readAllStates(scope, row.unitId);
  const isVisible = (v: TVersionRow) => allStates || v.state === 'approved' || v.state === 'superseded';
  return { isVisible };
}

export async function getVersions(ctx: Ctx, orgId: string, planId: string) {
  const { isVisible } = await visibleVersions(ctx, orgId, planId);
  const rows = await listVersions(ctx.db, orgId, planId);
  return rows
    .filter((r) => isVisible(r.version))
    .map(({ version: v, createdByName, approvedByName }) => ({
      versionNumber: v.versionNumber,
      state: v.state as TPlanState,
      title: v.title,
      createdAt: v.createdAt.toISOString(),
      createdByName,
      approvedAt: v.approvedAt?.toISOString() ?? null,
      approvedByName: approvedByName ?? null,
    }));
}

export async function getVersion(ctx: Ctx, orgId: string, planId: string, versionNumber: number) {
  const all = await getVersions(ctx, orgId, planId);
  const summary = all.find((v) => v.versionNumber === versionNumber);
  const row = summary && (await findVersion(ctx.db, orgId, planId, versionNumber));
  if (!summary || !row) throw versionNotFound();
  return { ...summary, sections: row.sections, structure: readStructure(row.structure) };
}

function diffText(from: string, to: string) {
  return diffWordsWithSpace(from, to).map((part) => ({
    kind: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const),
    text: part.value,
  }));
}

/** What changed between two versions, word by word, per section. */
export async function diffVersions(ctx: Ctx, orgId: string, planId: string, from: number, to: number): Promise<TPlanDiff> {
  const [a, b] = [await getVersion(ctx, orgId, planId, from), await getVersion(ctx, orgId, planId, to)];
  const sectionsA: TPlanSections = a.sections;
  const sectionsB: TPlanSections = b.sections;
  return {
    from,
    to,
    title: diffText(a.title, b.title),
    sections: PLAN_SECTION_KEYS.map((key) => ({
      key,
      changed: sectionsA[key] !== sectionsB[key],
      parts: diffText(sectionsA[key], sectionsB[key]),
    })),
    structure: PLAN_STRUCTURE_KEYS.map((key) => ({
      key,
      changed: JSON.stringify(a.structure[key]) !== JSON.stringify(b.structure[key]),
      from: a.structure[key].length,
      to: b.structure[key].length,
    })),
  };
}
