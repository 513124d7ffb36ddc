import type { App, CtxOf } from '../../http/types.js';

/** The governance slice's HTTP routes. */
export function governanceRoutes(app: App, ctxOf: CtxOf) {
  void app;
  void ctxOf;
}
