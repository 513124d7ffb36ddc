import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subtreeIds, wouldCreateCycle } from './units.js';

const tree = [
  { id: 'hq', parentId: null },
  { id: 'ro', parentId: 'hq' },
  { id: 'co1', parentId: 'ro' },
  { id: 'co2', parentId: 'ro' },
  { id: 'dept', parentId: 'hq' },
];

describe('unit subtrees', () => {
  it('includes the root and everything beneath it', () => {
    expect([...subtreeIds(tree, 'ro')].sort()).toEqual(['co1', 'co2', 'ro']);
    expect(subtreeIds(tree, 'hq').size).toBe(5);
    expect([...subtreeIds(tree, 'co1')]).toEqual(['co1']);
  });

  it('is empty for a unit that does not exist', () => {
    expect(subtreeIds(tree, 'elsewhere').size).toBe(0);
  });

  it('detects a move that would put a unit beneath itself', () => {
    expect(wouldCreateCycle(tree, 'ro', 'co1')).toBe(true);
    expect(wouldCreateCycle(tree, 'co1', 'dept')).toBe(false);
  });

  it('on any random forest, a subtree is closed under children and contains its root', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), fc.nat(), (parents, pick) => {
        const units = parents.map((p, i) => ({ id: `u${i}`, parentId: i === 0 ? null : `u${p % i}` }));
        const root = units[pick % units.length]!.id;
        const sub = subtreeIds(units, root);
        expect(sub.has(root)).toBe(true);
        for (const u of units) if (u.parentId && sub.has(u.parentId)) expect(sub.has(u.id)).toBe(true);
      }),
    );
  });
});
