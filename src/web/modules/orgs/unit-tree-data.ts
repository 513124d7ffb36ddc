import type { TUnitView } from '../../../domain/contract/orgs.js';

export interface TUnitNode {
  unit: TUnitView;
  children: TUnitNode[];
}

/** Builds the tree from the flat list; units whose parent is missing become roots rather than vanish. */
export function buildUnitTree(units: readonly TUnitView[], collator: Intl.Collator): TUnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as TUnitNode[] }]));
  const roots: TUnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TUnitNode[]) => {
    list.sort((a, b) => collator.compare(a.unit.name, b.unit.name));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Units in tree order with their depth, for selects that show the hierarchy by indentation. */
export function flattenTree(roots: TUnitNode[], depth = 0): { unit: TUnitView; depth: number }[] {
  return roots.flatMap((n) => [{ unit: n.unit, depth }, ...flattenTree(n.children, depth + 1)]);
}
