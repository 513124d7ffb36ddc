import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceMembers, CHANNELS, isE164, normalizePhone, resolveAudience, type TAudience, type TDirectoryPerson } from './audience.js';

const units = [
  { id: 'hq', parentId: null },
  { id: 'ro', parentId: 'hq' },
  { id: 'co', parentId: 'ro' },
  { id: 'sub', parentId: 'co' },
  { id: 'co2', parentId: 'ro' },
];
const now = new Date('2026-03-10T08:00:00Z');
const person = (id: string, unitId: string, more: Partial<TDirectoryPerson> = {}): TDirectoryPerson => ({
  id,
  unitId,
  language: 'en',
  email: `${id}@un.example`,
  mobilePhone: '+50937000000'.slice(0, -id.length) + String(id.length).padStart(id.length, '0'),
  push: false,
  locations: [],
  roles: [],
  supervisorId: null,
  contactConfirmedAt: new Date('2026-01-01T00:00:00Z'),
  ...more,
});
const none: TAudience = { unitIds: [], roles: [], personIds: [], locations: [] };
const options = { channels: ['email', 'sms'] as const, staleAfterMonths: 6, now };

describe('audience selection', () => {
  const people = [
    person('ana', 'co'),
    person('ben', 'sub'),
    person('cai', 'co2', { locations: ['HT-PAP'] }),
    person('dia', 'hq', { roles: [{ role: 'cmt_member', unitId: 'hq' }] }),
    person('eli', 'co2', { roles: [{ role: 'focal_point', unitId: 'co2' }] }),
    person('fay', 'sub', { roles: [{ role: 'focal_point', unitId: 'sub' }] }),
  ];
  const ids = (audience: Partial<TAudience>) => audienceMembers({ ...none, ...audience }, people, units).map((p) => p.id);

  it('takes a unit with everything beneath it', () => {
    expect(ids({ unitIds: ['co'] })).toEqual(['ana', 'ben', 'fay']);
  });

  it('takes role holders anywhere, or only within a subtree', () => {
    expect(ids({ roles: [{ role: 'focal_point' }] })).toEqual(['eli', 'fay']);
    expect(ids({ roles: [{ role: 'focal_point', withinUnitId: 'co' }] })).toEqual(['fay']);
  });

  it('takes named people and people at a location', () => {
    expect(ids({ personIds: ['dia'], locations: ['HT-PAP'] })).toEqual(['cai', 'dia']);
  });

  it('is the union of its selectors, each person once, even when the directory lists them twice', () => {
    const twice = [...people, people[0]!];
    const members = audienceMembers({ ...none, unitIds: ['co', 'sub'], personIds: ['ana', 'dia'], roles: [{ role: 'focal_point' }] }, twice, units);
    expect(members.map((p) => p.id)).toEqual(['ana', 'ben', 'dia', 'eli', 'fay']);
  });

  it('is empty for an empty audience or unknown units', () => {
    expect(ids({})).toEqual([]);
    expect(ids({ unitIds: ['elsewhere'] })).toEqual([]);
  });
});

describe('recipients × channels and the pre-send check', () => {
  it('gives one target per person and reachable channel, with the address and language', () => {
    const r = resolveAudience({ ...none, personIds: ['ana'] }, [person('ana', 'co', { language: 'fr', mobilePhone: '+509 37-12 34 56' })], units, options);
    expect(r.targets).toEqual([
      { personId: 'ana', channel: 'email', address: 'ana@un.example', language: 'fr' },
      { personId: 'ana', channel: 'sms', address: '+50937123456', language: 'fr' },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.unreachableIds).toEqual([]);
  });

  it('says why a channel cannot reach someone: no e-mail, no phone, a number SMS gateways refuse, no push', () => {
    const people = [person('a', 'co', { email: '  ', mobilePhone: null }), person('b', 'co', { mobilePhone: '0037 12' })];
    const r = resolveAudience({ ...none, unitIds: ['co'] }, people, units, { ...options, channels: ['email', 'sms', 'push'] });
    expect(r.issues).toEqual([
      { personId: 'a', problem: 'no_email', channel: 'email' },
      { personId: 'a', problem: 'no_phone', channel: 'sms' },
      { personId: 'a', problem: 'no_push', channel: 'push' },
      { personId: 'a', problem: 'no_channel' },
      { personId: 'b', problem: 'invalid_phone', channel: 'sms' },
      { personId: 'b', problem: 'no_push', channel: 'push' },
    ]);
    expect(r.unreachableIds).toEqual(['a']);
    expect(r.targets.map((t) => `${t.personId}:${t.channel}`)).toEqual(['b:email']);
  });

  it('flags contact details not confirmed for more than N months, or never, and still sends', () => {
    const people = [
      person('old', 'co', { contactConfirmedAt: new Date('2025-09-09T23:00:00Z') }),
      person('edge', 'co', { contactConfirmedAt: new Date('2025-09-10T00:00:00Z') }),
      person('never', 'co', { contactConfirmedAt: null }),
    ];
    const r = resolveAudience({ ...none, unitIds: ['co'] }, people, units, options);
    expect(r.issues.filter((i) => i.problem === 'stale_contact')).toEqual([
      { personId: 'old', problem: 'stale_contact', confirmedAt: new Date('2025-09-09T23:00:00Z') },
      { personId: 'never', problem: 'stale_contact', confirmedAt: null },
    ]);
    expect(r.targets).toHaveLength(6);
  });

  it('warns when several recipients share one phone, whose replies cannot tell them apart', () => {
    const people = [person('a', 'co', { mobilePhone: '+41 22 917 12 34' }), person('b', 'co', { mobilePhone: '+41229171234' }), person('c', 'co')];
    const r = resolveAudience({ ...none, unitIds: ['co'] }, people, units, { ...options, channels: ['sms'] });
    expect(r.issues).toEqual([
      { personId: 'a', problem: 'shared_phone', sharedWith: ['b'] },
      { personId: 'b', problem: 'shared_phone', sharedWith: ['a'] },
    ]);
    // By e-mail only, a shared phone matters to no one.
    expect(resolveAudience({ ...none, unitIds: ['co'] }, people, units, { ...options, channels: ['email'] }).issues).toEqual([]);
  });

  it('uses only the channels chosen, in a fixed order, and a push target is the person', () => {
    const r = resolveAudience({ ...none, personIds: ['a'] }, [person('a', 'co', { push: true })], units, { ...options, channels: ['push', 'voice'] });
    expect(r.targets.map((t) => [t.channel, t.address])).toEqual([
      ['voice', '+50937000001'],
      ['push', 'a'],
    ]);
  });

  it('recognizes E.164 numbers only', () => {
    expect(isE164(normalizePhone('+1 (212) 963-1234'))).toBe(true);
    expect(isE164('+0123456789')).toBe(false);
    expect(isE164('0041229171234')).toBe(false);
    expect(isE164('+12')).toBe(false);
    expect(isE164('+1234567890123456')).toBe(false);
  });

  it('on any directory, every recipient either has a target or is listed unreachable with no_channel, and no target repeats', () => {
    const arbPerson = fc.record({
      unit: fc.constantFrom('hq', 'ro', 'co', 'sub', 'co2'),
      email: fc.option(fc.constantFrom('x@un.example', '', ' '), { nil: null }),
      phone: fc.option(fc.constantFrom('+41229171234', '+509 3712 3456', '12', ''), { nil: null }),
      push: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbPerson, { maxLength: 15 }), fc.subarray([...CHANNELS], { minLength: 1 }), fc.constantFrom('hq', 'ro', 'co'), (specs, channels, root) => {
        const people = specs.map((s, i) => person(`p${i}`, s.unit, { email: s.email, mobilePhone: s.phone, push: s.push }));
        const r = resolveAudience({ ...none, unitIds: [root] }, people, units, { ...options, channels });
        const keys = r.targets.map((t) => `${t.personId}:${t.channel}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const p of r.recipients) {
          const has = r.targets.some((t) => t.personId === p.id);
          expect(has).toBe(!r.unreachableIds.includes(p.id));
          expect(r.issues.some((i) => i.personId === p.id && i.problem === 'no_channel')).toBe(!has);
          for (const c of channels) {
            const missing = r.issues.some((i) => i.personId === p.id && i.channel === c);
            expect(missing).toBe(!r.targets.some((t) => t.personId === p.id && t.channel === c));
          }
        }
      }),
    );
  });
});
