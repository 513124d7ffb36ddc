CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"type" text NOT NULL,
	"state" text NOT NULL,
	"title" text NOT NULL,
	"scenario" text DEFAULT '' NOT NULL,
	"objectives" jsonb NOT NULL,
	"plan_ids" jsonb NOT NULL,
	"scheduled_on" date NOT NULL,
	"conducted_on" date,
	"participants" jsonb NOT NULL,
	"timeline" jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"results" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "remedial_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"evidence" text,
	"plan_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedial_actions" ADD CONSTRAINT "remedial_actions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedial_actions" ADD CONSTRAINT "remedial_actions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedial_actions" ADD CONSTRAINT "remedial_actions_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedial_actions" ADD CONSTRAINT "remedial_actions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exercises_org_unit" ON "exercises" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE INDEX "remedial_actions_org_status" ON "remedial_actions" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "remedial_actions_source" ON "remedial_actions" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE INDEX "remedial_actions_owner" ON "remedial_actions" USING btree ("owner_person_id");