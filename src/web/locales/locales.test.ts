import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/languages.js';
import { PLAN_SECTION_KEYS } from '../../domain/plans/plan-template.js';
import { PLAN_STATES } from '../../domain/plans/plan-state.js';
import { PLAN_TYPES } from '../../domain/plans/plan-types.js';
import { ORG_ROLES } from '../../domain/roles.js';
import { BCM_ARRANGEMENTS, UNIT_KINDS } from '../../domain/units.js';

type Tree = { [key: string]: string | Tree };

const here = new URL('./', import.meta.url);
/** Module folders (`locales/bia/en.json`, …), each translated into every language. */
const MODULES = readdirSync(here).filter((name) => statSync(new URL(name, here)).isDirectory());

const read = (path: string) => JSON.parse(readFileSync(new URL(path, here), 'utf8')) as Tree;

/** What the UI loads for a language: the core file and every module's file, merged. */
function load(language: string): Tree {
  const files = [`${language}.json`, ...MODULES.map((m) => `${m}/${language}.json`)];
  const merged = new Map<string, string>();
  for (const file of files) {
    for (const [key, value] of flatten(read(file))) {
      if (merged.has(key)) throw new Error(`${file} repeats the key ${key}`);
      merged.set(key, value);
    }
  }
  return unflatten(merged);
}

function unflatten(messages: Map<string, string>): Tree {
  const tree: Tree = {};
  for (const [path, value] of messages) {
    const keys = path.split('.');
    let node = tree;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Tree;
    node[keys.at(-1)!] = value;
  }
  return tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const en = flatten(load('en'));

describe('locales', () => {
  it.each(MODULES)('module %s has a file for every language', (module) => {
    for (const language of LANGUAGES) expect(() => read(`${module}/${language}.json`), `${module}/${language}.json`).not.toThrow();
  });

  it.each(LANGUAGES)('%s has exactly the keys of en.json, none empty, with the same placeholders', (language) => {
    const messages = flatten(load(language));
    expect([...messages.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of messages) {
      expect(value.trim(), `${language}: ${key}`).not.toBe('');
      expect(placeholders(value), `${language}: ${key}`).toEqual(placeholders(en.get(key)!));
    }
  });

  it('translates every enumeration of the domain', () => {
    const required = [
      ...PLAN_TYPES.map((v) => `enums.planType.${v}`),
      ...PLAN_STATES.map((v) => `enums.planState.${v}`),
      ...UNIT_KINDS.map((v) => `enums.unitKind.${v}`),
      ...ORG_ROLES.map((v) => `enums.role.${v}`),
      ...BCM_ARRANGEMENTS.map((v) => `enums.bcmArrangement.${v}`),
      ...PLAN_SECTION_KEYS.flatMap((v) => [`plans.sections.${v}.title`, `plans.sections.${v}.guidance`]),
    ];
    for (const language of LANGUAGES) {
      const messages = flatten(load(language));
      for (const key of required) expect(messages.get(key), `${language}: ${key}`).toBeTruthy();
    }
  });

  it('leaves no English sentence untranslated outside English', () => {
    // Product names and codes may stay identical; whole sentences may not.
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const messages = flatten(load(language));
      const same = [...messages].filter(([key, value]) => value === en.get(key) && value.split(' ').length > 2);
      expect(same.map(([key]) => key), language).toEqual([]);
    }
  });
});
