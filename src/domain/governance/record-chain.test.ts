import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendLink, canonicalJson, chainRecords, GENESIS_HASH, sha256Hex, verifyChain, type TChainLink } from './record-chain.js';

const records = [
  { type: 'opened', at: '2026-04-01T22:00:00.000Z', members: ['FRA', 'KEN'] },
  { type: 'voted', at: '2026-04-01T23:00:00.000Z', memberId: 'FRA', choice: 'yes' },
  { type: 'voted', at: '2026-04-02T01:00:00.000Z', memberId: 'KEN', choice: 'abstain', note: 'نص عربي 中文' },
  { type: 'closed', at: '2026-04-02T22:00:00.000Z' },
];

describe('record chain', () => {
  it('hashes with SHA-256 exactly as node:crypto does, multi-byte text included', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (s) => {
        expect(await sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 50 },
    );
  });

  it('links each record to the previous hash, from a genesis of zeros, the way the audit trail does', async () => {
    const links = await chainRecords(records);
    expect(links.map((l) => l.seq)).toEqual([0, 1, 2, 3]);
    expect(links[0]!.prevHash).toBe(GENESIS_HASH);
    expect(links[2]!.prevHash).toBe(links[1]!.hash);
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${canonicalJson({ seq: 0, content: records[0] })}`).digest('hex');
    expect(links[0]!.hash).toBe(expected);
    expect(await verifyChain(links)).toEqual({ ok: true, head: links[3]!.hash, length: 4 });
    expect(await verifyChain([])).toEqual({ ok: true, head: GENESIS_HASH, length: 0 });
  });

  it('does not depend on key order (storage may reorder JSON keys)', async () => {
    const a = await appendLink(null, { b: 1, a: { y: [1, { d: 2, c: 3 }], x: null } });
    const b = await appendLink(null, { a: { x: null, y: [1, { c: 3, d: 2 }] }, b: 1 });
    expect(a.hash).toBe(b.hash);
  });

  it('names the first broken link: edited, removed, inserted, reordered', async () => {
    const links = await chainRecords(records);
    const edited = links.map((l, i) => (i === 1 ? { ...l, content: { ...records[1], choice: 'no' } } : l));
    expect(await verifyChain(edited)).toEqual({ ok: false, index: 1, seq: 1, problem: 'hash_mismatch' });

    const removed = [links[0]!, ...links.slice(2)];
    expect(await verifyChain(removed)).toMatchObject({ ok: false, index: 1, problem: 'seq_gap' });
    // Renumbering after removing is caught by the link pointing at a record no longer there.
    const renumbered = removed.map((l, i) => ({ ...l, seq: i }));
    expect(await verifyChain(renumbered)).toMatchObject({ ok: false, index: 1, problem: 'prev_hash_mismatch' });

    const swapped = [links[0]!, links[2]!, links[1]!, links[3]!];
    expect(await verifyChain(swapped)).toMatchObject({ ok: false, index: 1, problem: 'seq_gap' });

    // A forger who recomputes every hash from the edit on is caught only by a head kept elsewhere.
    const rewritten = await chainRecords(edited.map((l) => l.content));
    expect((await verifyChain(rewritten)).ok).toBe(true);
    expect(await verifyChain(rewritten, links[3]!.hash)).toEqual({ ok: false, index: 4, seq: null, problem: 'head_mismatch' });
    expect(await verifyChain(links.slice(0, 3), links[3]!.hash)).toMatchObject({ ok: false, problem: 'head_mismatch' });
  });

  it('any single edited record is found at its own position (property)', async () => {
    const links = await chainRecords(records);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: records.length - 1 }), fc.string({ maxLength: 10 }), async (i, extra) => {
        const tampered: TChainLink<unknown>[] = links.map((l, j) => (j === i ? { ...l, content: { ...(l.content as object), extra } } : l));
        expect(await verifyChain(tampered)).toEqual({ ok: false, index: i, seq: i, problem: 'hash_mismatch' });
      }),
      { numRuns: 30 },
    );
  });
});
