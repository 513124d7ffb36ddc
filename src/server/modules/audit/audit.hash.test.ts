import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson, GENESIS_HASH } from './audit.hash.js';

const record = {
  seq: 1,
  orgId: null,
  at: new Date('2026-01-01T00:00:00Z'),
  actorId: 'u1',
  actorName: 'A',
  action: 'plan.created',
  entityType: 'plan',
  entityId: 'p1',
  before: null,
  after: { b: 1, a: [1, { d: 2, c: 3 }] },
};

describe('audit hash chain', () => {
  it('serializes objects with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('does not depend on key order (jsonb reorders keys)', () => {
    const reordered = { ...record, after: { a: [1, { c: 3, d: 2 }], b: 1 } };
    expect(auditHash(GENESIS_HASH, reordered)).toBe(auditHash(GENESIS_HASH, record));
  });

  it('changes with any field and with the previous hash', () => {
    const base = auditHash(GENESIS_HASH, record);
    expect(auditHash(GENESIS_HASH, { ...record, actorName: 'B' })).not.toBe(base);
    expect(auditHash(GENESIS_HASH, { ...record, at: new Date('2026-01-01T00:00:00.001Z') })).not.toBe(base);
    expect(auditHash('f'.repeat(64), record)).not.toBe(base);
  });
});
