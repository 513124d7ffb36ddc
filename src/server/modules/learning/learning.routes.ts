import type { App, CtxOf } from '../../http/types.js';

/** The learning slice's HTTP routes. */
export function learningRoutes(app: App, ctxOf: CtxOf) {
  void app;
  void ctxOf;
}
