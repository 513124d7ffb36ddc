import type { App, CtxOf } from '../../http/types.js';

/** Assurance: the policy framework, the standing crisis management team, the 28 KPIs and maturity (issue 7). */
export function assuranceRoutes(_app: App, _ctxOf: CtxOf) {}
