import type { App, CtxOf } from '../../http/types.js';

/** The response slice's HTTP routes. */
export function responseRoutes(app: App, ctxOf: CtxOf) {
  void app;
  void ctxOf;
}
