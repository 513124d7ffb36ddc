import type { Services } from '../context.js';

/** Periodic work registered by the slice that owns it. Each run must be idempotent: several nodes may run it. */
export interface PeriodicTask {
  id: string;
  everyMs: number;
  run(services: Services): Promise<unknown>;
}

/**
 * Runs each task at its interval in this process. A task never overlaps itself here; across
 * nodes, tasks are safe because their effects are keyed (the outbox's dedupe keys, leases).
 */
export function startScheduler(services: Services, tasks: readonly PeriodicTask[]): { stop(): Promise<void> } {
  const running = new Map<string, Promise<void>>();
  const tick = (task: PeriodicTask) => {
    if (running.has(task.id)) return;
    const run = task
      .run(services)
      .then((result) => services.log.debug({ task: task.id, result }, 'task ran'))
      .catch((error: unknown) => services.log.error({ task: task.id, err: error }, 'task failed'))
      .finally(() => running.delete(task.id));
    running.set(task.id, run);
  };
  const timers = tasks.map((task) => {
    tick(task);
    const timer = setInterval(() => tick(task), task.everyMs);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}
