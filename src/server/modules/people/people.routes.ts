import type { App, CtxOf } from '../../http/types.js';

/** The people slice's HTTP routes. */
export function peopleRoutes(app: App, ctxOf: CtxOf) {
  void app;
  void ctxOf;
}
