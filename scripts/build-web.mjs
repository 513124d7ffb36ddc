// Builds the web UI into dist/web when it is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(target) {
  if (!statSync(target).isDirectory()) return statSync(target).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

export function buildWebIfStale() {
  const index = path.join(root, 'dist', 'web', 'index.html');
  const sources = Math.max(...['src/web', 'src/domain', 'vite.config.ts'].map((p) => newest(path.join(root, p))));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return false;
  console.log('Building the web UI…');
  // Always a production bundle: under vitest NODE_ENV is "test", which would build React's development
  // mode (StrictMode's double effects, dev-only CSS class names) and test something users never run.
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error('vite build failed');
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildWebIfStale();
