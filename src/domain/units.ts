export const UNIT_KINDS = [
  'headquarters',
  'department',
  'regional_office',
  'country_office',
  'duty_station',
  'governing_body_secretariat',
] as const;
export type TUnitKind = (typeof UNIT_KINDS)[number];

/** How an organization arranges its BCM function (review Figure III, Annex IV). */
export const BCM_ARRANGEMENTS = [
  'dedicated_unit',
  'dedicated_coordinator',
  'combined_function',
  'focal_points_only',
] as const;
export type TBcmArrangement = (typeof BCM_ARRANGEMENTS)[number];

export interface TUnitNode {
  id: string;
  parentId: string | null;
}

/** Ids of `rootId` and every unit beneath it. Cycles cannot occur (parents are set before children) but are guarded anyway. */
export function subtreeIds(units: readonly TUnitNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const result = new Set<string>();
  const stack = units.some((u) => u.id === rootId) ? [rootId] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/** True when making `parentId` the parent of `unitId` would put a unit beneath itself. */
export function wouldCreateCycle(units: readonly TUnitNode[], unitId: string, parentId: string): boolean {
  return subtreeIds(units, unitId).has(parentId);
}
