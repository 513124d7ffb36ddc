import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { biaServices } from '../bia/bia.table.js';
import { organizations, people, units } from '../orgs/orgs.table.js';

export const risks = pgTable(
  'risks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    category: text('category').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    likelihood: integer('likelihood').notNull(),
    impact: integer('impact').notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => people.id),
    treatment: text('treatment').notNull(),
    treatmentPlan: text('treatment_plan').notNull().default(''),
    lastAssessedOn: date('last_assessed_on', { mode: 'string' }),
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [uniqueIndex('risks_org_reference').on(t.orgId, t.reference), index('risks_org_category').on(t.orgId, t.category)],
);

/** Which services a risk threatens; plans link the risks they answer in their structure. */
export const riskServiceLinks = pgTable(
  'risk_service_links',
  {
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    riskId: uuid('risk_id').notNull().references(() => risks.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').notNull().references(() => biaServices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.riskId, t.serviceId] }), index('risk_service_links_service').on(t.serviceId)],
);
