import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressedGroups, surveyResults, trend, TOTAL_GROUP, type TSurveyResponse } from './wellbeing.js';

const answers = (group: string, ...scores: (number | null)[]): TSurveyResponse[] => scores.map((s) => ({ group, answers: { q1: s } }));

describe('privacy threshold', () => {
  it('shows groups of at least five answers and hides smaller ones', () => {
    const responses = [...answers('Geneva', 5, 4, 4, 3, 2, 5), ...answers('Nairobi', 4, 4, 4, 4, 4), ...answers('Suva', 1, 1, 1, 1, 1, 1, 1)];
    const [q] = surveyResults(responses, ['q1'], ['Geneva', 'Nairobi', 'Suva']);
    expect(q!.groups).toEqual([
      { group: 'Geneva', hidden: false, answered: 6, mean: 23 / 6, favourableShare: 4 / 6 },
      { group: 'Nairobi', hidden: false, answered: 5, mean: 4, favourableShare: 1 },
      { group: 'Suva', hidden: false, answered: 7, mean: 1, favourableShare: 0 },
    ]);
    expect(q!.total).toMatchObject({ hidden: false, answered: 18 });
  });

  it('hides a small office and the next smallest with it, so the total cannot give it away', () => {
    const responses = [...answers('Geneva', 4, 4, 4, 4, 4, 4, 4, 4), ...answers('Nairobi', 3, 3, 3, 3, 3, 3), ...answers('Bangui', 1, 2)];
    const [q] = surveyResults(responses, ['q1'], ['Geneva', 'Nairobi', 'Bangui']);
    expect(q!.groups.map((c) => (c.hidden ? `${c.group}:${c.reason}` : c.group))).toEqual(['Geneva', 'Nairobi:complementary', 'Bangui:below_minimum']);
    expect(q!.total).toMatchObject({ hidden: false, answered: 16 });
    // The attack: total × n − visible groups' sums. With Nairobi hidden too it yields only the 8 answers of two offices together.
    const total = q!.total;
    if (total.hidden) throw new Error('the total should be shown');
    const visible = q!.groups.filter((c) => !c.hidden).reduce((s, c) => s + (c.hidden ? 0 : c.mean * c.answered), 0);
    expect(total.mean * total.answered - visible).toBe(3 * 6 + 1 + 2);
  });

  it('keeps hiding until the hidden offices together reach the minimum', () => {
    const sizes = new Map([['A', 1], ['B', 1], ['C', 5], ['D', 6], ['E', 0]]);
    // A and B (2 answers) still leave 2 to subtract back: C goes too, and D stays.
    expect(Object.fromEntries(suppressedGroups(sizes, 5))).toEqual({ A: 'below_minimum', B: 'below_minimum', C: 'complementary' });
    expect(suppressedGroups(new Map([['A', 5], ['B', 9]]), 5).size).toBe(0);
    // Ties broken by name, for the same answer every time.
    expect([...suppressedGroups(new Map([['Z', 2], ['Y', 7], ['X', 7]]), 5).keys()]).toEqual(['Z', 'X']);
  });

  it('hides the total too when fewer than the minimum answered at all', () => {
    const [q] = surveyResults([...answers('A', 5, 5), ...answers('B', 1)], ['q1'], ['A', 'B']);
    expect(q!.total).toEqual({ group: TOTAL_GROUP, hidden: true, reason: 'below_minimum' });
    expect(q!.groups.every((c) => c.hidden)).toBe(true);
  });

  it('counts answers per question: a skipped question can make a group too small for that question only', () => {
    const responses: TSurveyResponse[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ group: 'Dakar', answers: { q1: 4, q2: i === 0 ? null : 2 } })),
      ...Array.from({ length: 9 }, () => ({ group: 'Bangkok', answers: { q1: 3, q2: 3 } })),
      ...Array.from({ length: 9 }, () => ({ group: 'Panama', answers: { q1: 5, q2: 5 } })),
    ];
    const [q1, q2] = surveyResults(responses, ['q1', 'q2'], ['Dakar', 'Bangkok', 'Panama']);
    expect(q1!.groups.every((c) => !c.hidden)).toBe(true);
    expect(q2!.groups.map((c) => c.hidden)).toEqual([true, true, false]);
  });

  it('leaves out answers from groups not listed rather than letting the total reveal them', () => {
    const [q] = surveyResults([...answers('A', 4, 4, 4, 4, 4), ...answers('unknown', 1)], ['q1'], ['A']);
    expect(q!.total).toMatchObject({ answered: 5, mean: 4 });
  });

  it('never lets total minus visible groups reveal fewer than the minimum answers (property)', () => {
    const group = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F');
    fc.assert(
      fc.property(fc.array(fc.tuple(group, fc.integer({ min: 1, max: 5 })), { maxLength: 60 }), fc.integer({ min: 2, max: 8 }), (pairs, minimum) => {
        const responses = pairs.map(([g, s]) => ({ group: g, answers: { q1: s } }));
        const [q] = surveyResults(responses, ['q1'], ['A', 'B', 'C', 'D', 'E', 'F'], { minimumGroupSize: minimum });
        for (const c of q!.groups) if (!c.hidden) expect(c.answered).toBeGreaterThanOrEqual(minimum);
        if (!q!.total.hidden) {
          const visible = q!.groups.reduce((s, c) => s + (c.hidden ? 0 : c.answered), 0);
          const remainder = q!.total.answered - visible;
          expect(remainder === 0 || remainder >= minimum).toBe(true);
        }
      }),
    );
  });
});

describe('trend over survey rounds', () => {
  it('follows a group round by round, leaving hidden rounds as gaps and comparing with the last figure shown', () => {
    const round = (roundId: string, scores: number[]) => ({ roundId, results: surveyResults(answers('Juba', ...scores), ['q1'], ['Juba']) });
    const series = trend([round('2020-05', [2, 2, 2, 2, 2]), round('2020-08', [4, 4]), round('2020-11', [3, 3, 3, 3, 3, 3])], 'q1', 'Juba');
    expect(series).toEqual([
      { roundId: '2020-05', mean: 2, change: null },
      { roundId: '2020-08', mean: null, change: null },
      { roundId: '2020-11', mean: 3, change: 1 },
    ]);
    expect(trend([round('2021-01', [5, 5, 5, 5, 5])], 'q1', TOTAL_GROUP)).toEqual([{ roundId: '2021-01', mean: 5, change: null }]);
    expect(trend([round('2021-01', [5, 5, 5, 5, 5])], 'q9', 'Juba')).toEqual([{ roundId: '2021-01', mean: null, change: null }]);
  });
});
