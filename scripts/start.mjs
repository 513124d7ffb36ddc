#!/usr/bin/env node
// `npm start`: everything a fresh clone needs, then the server with the demo on first run.
// Installs dependencies when missing, builds the web UI when its sources changed, then runs
// `orms serve --demo` (migrations and first-run demo data happen there).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  console.log('Installing dependencies (first run)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}
const builtIndex = path.join(root, 'dist', 'web', 'index.html');
const sources = Math.max(newest(path.join(root, 'src', 'web')), newest(path.join(root, 'src', 'domain')), statSync(path.join(root, 'vite.config.ts')).mtimeMs);
if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sources) {
  console.log('Building the web UI…');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
}

const child = spawn(process.execPath, [path.join(root, 'bin', 'orms.mjs'), 'serve', '--demo', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
