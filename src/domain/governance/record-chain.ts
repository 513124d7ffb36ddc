/**
 * A tamper-evident chain over the records of a silence procedure or a written vote (issue 8,
 * must-have 3: "a tamper-evident record of the outcome"). Each link's hash covers its position,
 * its content and the previous link's hash, so editing, removing, inserting or reordering any
 * record breaks every link after it, and a member holding the head hash can prove the record
 * they were shown is the one kept.
 *
 * The audit trail hashes the same way (ADR 0005: sha256(prev + "\n" + canonical JSON), genesis
 * of 64 zeros) but with `node:crypto`, which domain code — also bundled into the web UI — cannot
 * use. Web Crypto (`crypto.subtle`) exists in Node 20 and in browsers, and is asynchronous, so
 * hashing here returns promises. Browsers expose it only in secure contexts (HTTPS or
 * localhost); the server computes and checks chains, a page only displays them.
 */

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level (as the audit trail's), so storage cannot reorder a hash away. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Lower-case hex SHA-256 of the UTF-8 text. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface TChainLink<T> {
  /** 0, 1, 2 … with no gap. */
  seq: number;
  content: T;
  prevHash: string;
  hash: string;
}

export const linkHash = (prevHash: string, seq: number, content: unknown): Promise<string> => sha256Hex(`${prevHash}\n${canonicalJson({ seq, content })}`);

/** The link that follows `head` (null for the first record). */
export async function appendLink<T>(head: TChainLink<unknown> | null, content: T): Promise<TChainLink<T>> {
  const seq = head ? head.seq + 1 : 0;
  const prevHash = head ? head.hash : GENESIS_HASH;
  return { seq, content, prevHash, hash: await linkHash(prevHash, seq, content) };
}

export async function chainRecords<T>(contents: readonly T[]): Promise<TChainLink<T>[]> {
  const links: TChainLink<T>[] = [];
  for (const content of contents) links.push(await appendLink(links.at(-1) ?? null, content));
  return links;
}

export type TChainProblem = 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch' | 'head_mismatch';

export type TChainVerdict = { ok: true; head: string; length: number } | { ok: false; index: number; seq: number | null; problem: TChainProblem };

/**
 * Recomputes the chain and names the first broken link: a gap or reordering (`seq_gap`), a link
 * not pointing at its predecessor (`prev_hash_mismatch`: inserted or removed before it), or a
 * link whose content no longer matches its hash (`hash_mismatch`: edited). With `expectedHead`
 * (a head hash kept elsewhere) a rewrite of the whole chain or dropped tail is caught too.
 */
export async function verifyChain(links: readonly TChainLink<unknown>[], expectedHead?: string): Promise<TChainVerdict> {
  let prevHash = GENESIS_HASH;
  for (const [index, link] of links.entries()) {
    if (link.seq !== index) return { ok: false, index, seq: link.seq, problem: 'seq_gap' };
    if (link.prevHash !== prevHash) return { ok: false, index, seq: link.seq, problem: 'prev_hash_mismatch' };
    if (link.hash !== (await linkHash(prevHash, link.seq, link.content))) return { ok: false, index, seq: link.seq, problem: 'hash_mismatch' };
    prevHash = link.hash;
  }
  if (expectedHead !== undefined && expectedHead !== prevHash) return { ok: false, index: links.length, seq: null, problem: 'head_mismatch' };
  return { ok: true, head: prevHash, length: links.length };
}
