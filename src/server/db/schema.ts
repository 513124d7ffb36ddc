export * from '../modules/orgs/orgs.table.js';
export * from '../modules/auth/auth.table.js';
export * from '../modules/plans/plans.table.js';
export * from '../modules/audit/audit.table.js';
export * from '../modules/bia/bia.table.js';
export * from '../modules/risks/risks.table.js';
export * from '../modules/mer/mer.table.js';
export * from '../modules/notify/outbox.table.js';
