#!/usr/bin/env node
// `npm run bench -- NAME`: runs bench/NAME.ts; its last line is the JSON result.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const name = process.argv[2];
const benches = readdirSync('bench').filter((f) => /^[a-z-]+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
if (!name || !existsSync(`bench/${name}.ts`)) {
  console.error(`usage: npm run bench -- <${benches.join('|')}>`);
  process.exit(2);
}
const result = spawnSync('npx', ['tsx', `bench/${name}.ts`, ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
