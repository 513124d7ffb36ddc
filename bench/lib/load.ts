import http from 'node:http';

/**
 * Closed-loop load: `concurrency` clients each send the next request when the previous one
 * answers, for `seconds`. Bounded in time, and aimed only at loopback.
 */
export async function measureThroughput(url: string, options: { concurrency: number; seconds: number; headers?: Record<string, string> }) {
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost'].includes(target.hostname)) throw new Error('benchmarks only target loopback');
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(url, { agent, headers: options.headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
    });
  const deadline = performance.now() + options.seconds * 1000;
  let ok = 0;
  let failed = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      if ((await get()) === 200) ok++;
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { requestsPerSecond: ok / elapsed, ok, failed };
}
