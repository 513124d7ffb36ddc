#!/usr/bin/env node
// `npm start`: everything a fresh clone needs, then the server with the demo on first run.
// Installs dependencies when missing, builds the web UI when its sources changed, then runs
// `orms serve --demo` (migrations and first-run demo data happen there).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  console.log('Installing dependencies (first run)…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const { buildWebIfStale } = await import('./build-web.mjs');
buildWebIfStale();

const child = spawn(process.execPath, [path.join(root, 'bin', 'orms.mjs'), 'serve', '--demo', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
