import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM script without types
import { buildWebIfStale } from '../../scripts/build-web.mjs';

export interface E2EServer {
  url: string;
  stop(): Promise<void>;
}

/** A real `orms serve --demo` on its own embedded database and a free port, the clock set so dates are stable. */
export async function startServer(): Promise<E2EServer> {
  buildWebIfStale();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'orms-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['bin/orms.mjs', 'serve', '--demo'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ORMS_DATA_DIR: dataDir, ORMS_NOW: '2026-11-20T09:00:00Z', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const m = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`orms serve exited with ${code}:\n${output}`)));
  });
  // A server that dies mid-suite shows up as refused connections; say why, in the test log.
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[e2e] orms serve exited unexpectedly (${code ?? signal}); its output:\n${output.slice(-5000)}`);
  });
  return {
    url,
    async stop() {
      stopping = true;
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
