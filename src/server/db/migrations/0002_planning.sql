CREATE TABLE "bia_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"root_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"due_date" date NOT NULL,
	"state" text NOT NULL,
	"launched_at" timestamp with time zone NOT NULL,
	"launched_by" text NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bia_dependencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"achieved_minutes" integer,
	"details" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bia_effort" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"campaign_id" uuid,
	"hours" numeric(10, 2) NOT NULL,
	"external_cost" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bia_service_dependencies" (
	"org_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"dependency_id" uuid NOT NULL,
	CONSTRAINT "bia_service_dependencies_service_id_dependency_id_pk" PRIMARY KEY("service_id","dependency_id")
);
--> statement-breakpoint
CREATE TABLE "bia_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"priority" integer NOT NULL,
	"impacts" jsonb NOT NULL,
	"derived_mtpd_minutes" integer,
	"mtpd_override_minutes" integer,
	"mtpd_override_justification" text,
	"rto_minutes" integer,
	"rpo_minutes" integer,
	"minimum_service_levels" jsonb NOT NULL,
	"peak_periods" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bia_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"scale" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bia_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_bia_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"approved_by" text NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_bias" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"state" text NOT NULL,
	"version_number" integer NOT NULL,
	"approved_version" integer,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_service_links" (
	"org_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	CONSTRAINT "risk_service_links_risk_id_service_id_pk" PRIMARY KEY("risk_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"unit_id" uuid,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL,
	"owner_person_id" uuid,
	"treatment" text NOT NULL,
	"treatment_plan" text DEFAULT '' NOT NULL,
	"last_assessed_on" date,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "structure" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "bia_campaigns" ADD CONSTRAINT "bia_campaigns_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_campaigns" ADD CONSTRAINT "bia_campaigns_root_unit_id_units_id_fk" FOREIGN KEY ("root_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_dependencies" ADD CONSTRAINT "bia_dependencies_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_dependencies" ADD CONSTRAINT "bia_dependencies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_effort" ADD CONSTRAINT "bia_effort_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_effort" ADD CONSTRAINT "bia_effort_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_effort" ADD CONSTRAINT "bia_effort_campaign_id_bia_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."bia_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_service_dependencies" ADD CONSTRAINT "bia_service_dependencies_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_service_dependencies" ADD CONSTRAINT "bia_service_dependencies_service_id_bia_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."bia_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_service_dependencies" ADD CONSTRAINT "bia_service_dependencies_dependency_id_bia_dependencies_id_fk" FOREIGN KEY ("dependency_id") REFERENCES "public"."bia_dependencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_services" ADD CONSTRAINT "bia_services_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_services" ADD CONSTRAINT "bia_services_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_settings" ADD CONSTRAINT "bia_settings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_versions" ADD CONSTRAINT "bia_versions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bia_versions" ADD CONSTRAINT "bia_versions_unit_bia_id_unit_bias_id_fk" FOREIGN KEY ("unit_bia_id") REFERENCES "public"."unit_bias"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_bias" ADD CONSTRAINT "unit_bias_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_bias" ADD CONSTRAINT "unit_bias_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_service_links" ADD CONSTRAINT "risk_service_links_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_service_links" ADD CONSTRAINT "risk_service_links_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_service_links" ADD CONSTRAINT "risk_service_links_service_id_bia_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."bia_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bia_campaigns_org" ON "bia_campaigns" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "bia_dependencies_org_unit" ON "bia_dependencies" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE INDEX "bia_effort_org_unit" ON "bia_effort" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE INDEX "bia_service_dependencies_org" ON "bia_service_dependencies" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "bia_service_dependencies_dependency" ON "bia_service_dependencies" USING btree ("dependency_id");--> statement-breakpoint
CREATE INDEX "bia_services_org_unit" ON "bia_services" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bia_versions_number" ON "bia_versions" USING btree ("unit_bia_id","version_number");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_bias_unit" ON "unit_bias" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE INDEX "risk_service_links_service" ON "risk_service_links" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "risks_org_reference" ON "risks" USING btree ("org_id","reference");--> statement-breakpoint
CREATE INDEX "risks_org_category" ON "risks" USING btree ("org_id","category");