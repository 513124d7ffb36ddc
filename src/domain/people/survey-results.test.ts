import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceResults, freeTexts, type TRawResponse } from './survey-results.js';

const picks = (group: string, ...keys: (string | null)[]): TRawResponse[] => keys.map((k) => ({ group, answers: { q: k } }));

describe('choice results', () => {
  it('hides a small office with the next smallest, shows the total', () => {
    const r = choiceResults([...picks('HQ', 'a', 'a', 'b', 'b', 'a', 'a'), ...picks('RO', 'a', 'b', 'a', 'b', 'b'), ...picks('CO', 'b')], 'q', ['a', 'b'], ['HQ', 'RO', 'CO'], 5);
    expect(r.groups.map((g) => (g.cell.hidden ? `${g.group}:${g.cell.reason}` : g.group))).toEqual(['HQ', 'RO:complementary', 'CO:below_minimum']);
    expect(r.total).toEqual({ hidden: false, answered: 12, counts: { a: 6, b: 6 } });
  });

  it('hides the total below the minimum', () => {
    expect(choiceResults(picks('HQ', 'a', 'b'), 'q', ['a', 'b'], ['HQ'], 5).total).toEqual({ hidden: true, reason: 'below_minimum' });
  });

  it('never lets total minus shown groups give back fewer than the minimum answers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D'), fc.constantFrom('a', 'b', null)), { maxLength: 40 }), fc.integer({ min: 3, max: 8 }), (rows, minimum) => {
        const r = choiceResults(rows.flatMap(([g, k]) => picks(g, k)), 'q', ['a', 'b'], ['A', 'B', 'C', 'D'], minimum);
        if (r.total.hidden) return;
        const shown = r.groups.reduce((s, g) => s + (g.cell.hidden ? 0 : g.cell.answered), 0);
        const rest = r.total.answered - shown;
        expect(rest === 0 || rest >= minimum).toBe(true);
        for (const g of r.groups) if (!g.cell.hidden) expect(g.cell.answered).toBeGreaterThanOrEqual(minimum);
      }),
    );
  });
});

describe('free texts', () => {
  it('only overall, at or above the minimum, sorted', () => {
    expect(freeTexts(picks('HQ', 'zeta', 'alpha'), 'q', 3)).toEqual({ hidden: true, reason: 'below_minimum' });
    expect(freeTexts([...picks('HQ', 'zeta', 'alpha'), ...picks('CO', 'mid', '  ', null)], 'q', 3)).toEqual({ hidden: false, items: ['alpha', 'mid', 'zeta'] });
  });
});
