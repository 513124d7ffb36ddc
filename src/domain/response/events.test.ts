import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activatePlan,
  activePlanIds,
  atLeast,
  availableTransitions,
  deactivateAll,
  deactivatePlan,
  EVENT_STATES,
  EVENT_TRANSITIONS,
  EVENT_TYPES,
  eventTransition,
  latestPhase,
  proposedPlans,
  reassessment,
  type TEventState,
  type TPlanActivation,
  type TPlanCandidate,
} from './events.js';

const reviewed = { postIncidentReviewScheduled: true };
const notReviewed = { postIncidentReviewScheduled: false };

describe('event types and severity', () => {
  it('lists the ten types seen in the review', () => {
    expect(EVENT_TYPES).toHaveLength(10);
    expect(EVENT_TYPES).toContain('public_health_emergency');
    expect(EVENT_TYPES).toContain('utility_failure');
  });

  it('compares severities in order', () => {
    expect(atLeast('critical', 'major')).toBe(true);
    expect(atLeast('major', 'major')).toBe(true);
    expect(atLeast('moderate', 'major')).toBe(false);
  });
});

describe('event states', () => {
  it('walks declared → active → stabilized → closed', () => {
    let state: TEventState = 'declared';
    for (const t of ['activate', 'stabilize', 'close'] as const) {
      const r = eventTransition(state, t, reviewed);
      expect(r.ok).toBe(true);
      if (r.ok) state = r.to;
    }
    expect(state).toBe('closed');
  });

  it('lets a stabilized event flare up again, and a false alarm stand down', () => {
    expect(eventTransition('stabilized', 'reactivate', notReviewed)).toEqual({ ok: true, to: 'active' });
    expect(eventTransition('declared', 'stand_down', notReviewed)).toEqual({ ok: true, to: 'closed' });
  });

  it('refuses to close an active event before it is stabilized, with the states it may be closed from', () => {
    expect(eventTransition('active', 'close', reviewed)).toEqual({ ok: false, reason: 'not_allowed_from_state', from: 'active', allowedFrom: ['stabilized'] });
    expect(eventTransition('active', 'stand_down', reviewed)).toMatchObject({ ok: false, reason: 'not_allowed_from_state' });
  });

  it('refuses to close until the post-incident review is scheduled', () => {
    expect(eventTransition('stabilized', 'close', notReviewed)).toMatchObject({ ok: false, reason: 'review_not_scheduled' });
  });

  it('refuses everything once closed, as "closed" rather than "not allowed"', () => {
    for (const t of EVENT_TRANSITIONS) expect(eventTransition('closed', t, reviewed)).toMatchObject({ ok: false, reason: 'event_closed' });
    expect(availableTransitions('closed')).toEqual([]);
  });

  it('offers exactly the transitions that succeed when the review is scheduled', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVENT_STATES), fc.constantFrom(...EVENT_TRANSITIONS), (state, t) => {
        expect(eventTransition(state, t, reviewed).ok).toBe(availableTransitions(state).includes(t));
      }),
    );
  });

  it('never leaves closed, and every path from declared stays within the four states', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENT_TRANSITIONS), { maxLength: 20 }), fc.boolean(), (path, scheduled) => {
        let state: TEventState = 'declared';
        let closed = false;
        for (const t of path) {
          const r = eventTransition(state, t, { postIncidentReviewScheduled: scheduled });
          if (closed) expect(r.ok).toBe(false);
          if (r.ok) state = r.to;
          closed ||= state === 'closed';
        }
        expect(EVENT_STATES).toContain(state);
      }),
    );
  });
});

describe('phases of a protracted event', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 2, d, 9));
  const protracted = (phases: { phase: 'initial_response' | 'adjustment' | 'recovery'; enteredAt: Date }[]) => ({ expectedDuration: 'protracted' as const, state: 'active' as const, phases });

  it('asks for a reassessment as soon as a phase is entered', () => {
    const event = protracted([{ phase: 'initial_response', enteredAt: day(1) }]);
    expect(reassessment(event, null, 14, day(1))).toEqual({ due: true, dueAt: day(1), reason: 'phase_changed' });
  });

  it('then every N days in the same phase', () => {
    const event = protracted([{ phase: 'initial_response', enteredAt: day(1) }]);
    expect(reassessment(event, day(2), 14, day(15))).toEqual({ due: false, dueAt: day(16), reason: 'periodic' });
    expect(reassessment(event, day(2), 14, day(16))).toEqual({ due: true, dueAt: day(16), reason: 'periodic' });
  });

  it('asks again when the phase changes, even right after a periodic reassessment', () => {
    const event = protracted([
      { phase: 'adjustment', enteredAt: day(10) },
      { phase: 'initial_response', enteredAt: day(1) },
    ]);
    expect(latestPhase(event.phases)?.phase).toBe('adjustment');
    expect(reassessment(event, day(9), 14, day(10))).toEqual({ due: true, dueAt: day(10), reason: 'phase_changed' });
    expect(reassessment(event, day(10), 14, day(11))).toMatchObject({ due: false, reason: 'periodic' });
  });

  it('does not apply to short or closed events, nor before any phase', () => {
    const phases = [{ phase: 'initial_response' as const, enteredAt: day(1) }];
    expect(reassessment({ expectedDuration: 'short', state: 'active', phases }, null, 14, day(2))).toBeNull();
    expect(reassessment({ expectedDuration: 'protracted', state: 'closed', phases }, null, 14, day(2))).toBeNull();
    expect(reassessment(protracted([]), null, 14, day(2))).toBeNull();
  });
});

describe('plan activations', () => {
  const t1 = new Date('2026-03-01T10:00:00Z');
  const t2 = new Date('2026-03-02T10:00:00Z');

  it('records activation and deactivation with their times and people, and can activate again', () => {
    const a = activatePlan([], 'active', 'p1', t1, 'lead');
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(activatePlan(a.records, 'active', 'p1', t2, 'lead')).toEqual({ ok: false, reason: 'already_active' });
    const d = deactivatePlan(a.records, 'p1', t2, 'scribe');
    expect(d).toEqual({ ok: true, records: [{ planId: 'p1', activatedAt: t1, activatedBy: 'lead', deactivatedAt: t2, deactivatedBy: 'scribe' }] });
    if (!d.ok) return;
    expect(deactivatePlan(d.records, 'p1', t2, 'scribe')).toEqual({ ok: false, reason: 'not_active' });
    const again = activatePlan(d.records, 'stabilized', 'p1', t2, 'lead');
    expect(again.ok && again.records).toHaveLength(2);
    expect(again.ok && activePlanIds(again.records)).toEqual(['p1']);
  });

  it('refuses to activate a plan for a closed event, or one not yet active', () => {
    expect(activatePlan([], 'closed', 'p1', t1, 'lead')).toEqual({ ok: false, reason: 'event_closed' });
    expect(activatePlan([], 'declared', 'p1', t1, 'lead')).toEqual({ ok: false, reason: 'event_not_active' });
  });

  it('stands every active plan down on closing, leaving earlier records untouched', () => {
    const earlier: TPlanActivation = { planId: 'p0', activatedAt: t1, activatedBy: 'a', deactivatedAt: t1, deactivatedBy: 'a' };
    const open: TPlanActivation = { planId: 'p1', activatedAt: t1, activatedBy: 'a', deactivatedAt: null, deactivatedBy: null };
    const closed = deactivateAll([earlier, open], t2, 'lead');
    expect(closed[0]).toBe(earlier);
    expect(closed[1]).toMatchObject({ deactivatedAt: t2, deactivatedBy: 'lead' });
    expect(activePlanIds(closed)).toEqual([]);
  });
});

describe('proposed plans', () => {
  const units = [
    { id: 'hq', parentId: null },
    { id: 'ro', parentId: 'hq' },
    { id: 'co', parentId: 'ro' },
    { id: 'sub', parentId: 'co' },
    { id: 'co2', parentId: 'ro' },
  ];
  const plans: TPlanCandidate[] = [
    { id: 'hq-cmp', unitId: 'hq', type: 'crisis_management' },
    { id: 'hq-bcp', unitId: 'hq', type: 'business_continuity' },
    { id: 'ro-comms', unitId: 'ro', type: 'crisis_communications' },
    { id: 'ro-ict', unitId: 'ro', type: 'ict_disaster_recovery', coversSubtree: true },
    { id: 'co-bcp', unitId: 'co', type: 'business_continuity' },
    { id: 'co-sec', unitId: 'co', type: 'security' },
    { id: 'sub-bcp', unitId: 'sub', type: 'business_continuity' },
    { id: 'co2-bcp', unitId: 'co2', type: 'business_continuity' },
  ];

  it("proposes the office's own plans first, then the plans above that cover it", () => {
    const proposed = proposedPlans(['co'], plans, units);
    expect(proposed.map((p) => [p.planId, p.reason])).toEqual([
      ['co-bcp', 'own_unit'],
      ['co-sec', 'own_unit'],
      ['ro-comms', 'covering_unit'],
      ['ro-ict', 'covering_unit'],
      ['hq-cmp', 'covering_unit'],
    ]);
  });

  it("does not propose a unit's own-site plans for another unit, nor the plans of units below or beside", () => {
    const ids = proposedPlans(['co'], plans, units).map((p) => p.planId);
    expect(ids).not.toContain('hq-bcp');
    expect(ids).not.toContain('sub-bcp');
    expect(ids).not.toContain('co2-bcp');
  });

  it('lists a covering plan once, for every affected unit it covers', () => {
    const proposed = proposedPlans(['sub', 'co2'], plans, units);
    expect(proposed.filter((p) => p.planId === 'hq-cmp')).toEqual([{ planId: 'hq-cmp', unitId: 'hq', type: 'crisis_management', reason: 'covering_unit', forUnitIds: ['co2', 'sub'] }]);
  });

  it("marks an affected unit's plan as its own even when it also covers another affected unit", () => {
    const proposed = proposedPlans(['sub', 'hq'], plans, units);
    expect(proposed.find((p) => p.planId === 'hq-cmp')).toMatchObject({ reason: 'own_unit', forUnitIds: ['hq', 'sub'] });
    expect(proposed.find((p) => p.planId === 'hq-bcp')).toMatchObject({ reason: 'own_unit', forUnitIds: ['hq'] });
  });

  it('ignores unknown units and survives a corrupt parent cycle', () => {
    expect(proposedPlans(['nowhere'], plans, units)).toEqual([]);
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(proposedPlans(['a'], [{ id: 'x', unitId: 'b', type: 'crisis_management' }], cyclic).map((p) => p.planId)).toEqual(['x']);
  });

  it('on any tree, proposes only plans at or above an affected unit, each once', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 4 }), (parents, planSpecs, hit) => {
        const tree = parents.map((p, i) => ({ id: `u${i}`, parentId: i === 0 ? null : `u${p % i}` }));
        const candidates: TPlanCandidate[] = planSpecs.map(([u, subtree], i) => ({ id: `p${i}`, unitId: `u${u % tree.length}`, type: subtree ? 'crisis_management' : 'business_continuity' }));
        const affected = hit.map((h) => `u${h % tree.length}`);
        const ancestorsOf = (id: string) => {
          const out = new Set<string>();
          for (let at: string | null = id; at !== null; at = tree.find((u) => u.id === at)!.parentId) out.add(at);
          return out;
        };
        const proposed = proposedPlans(affected, candidates, tree);
        expect(new Set(proposed.map((p) => p.planId)).size).toBe(proposed.length);
        for (const p of proposed) {
          expect(p.forUnitIds.length).toBeGreaterThan(0);
          for (const u of p.forUnitIds) expect(ancestorsOf(u).has(p.unitId)).toBe(true);
          if (p.type === 'business_continuity') expect(affected).toContain(p.unitId);
        }
        // Every own plan of an affected unit is proposed.
        for (const c of candidates) if (affected.includes(c.unitId)) expect(proposed.some((p) => p.planId === c.id)).toBe(true);
      }),
    );
  });
});
