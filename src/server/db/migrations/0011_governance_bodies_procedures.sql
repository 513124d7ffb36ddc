CREATE TABLE "governance_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"content" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"actor_id" text,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"state" text NOT NULL,
	"deadline" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governing_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"official_languages" jsonb NOT NULL,
	"silence_minimum_hours" integer DEFAULT 72 NOT NULL,
	"continuity" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governing_body_accreditations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"language" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governing_body_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"scheduled_on" date NOT NULL,
	"mode" text NOT NULL,
	"outcome" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governing_body_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_events" ADD CONSTRAINT "governance_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_events" ADD CONSTRAINT "governance_events_procedure_id_governance_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."governance_procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_procedures" ADD CONSTRAINT "governance_procedures_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_procedures" ADD CONSTRAINT "governance_procedures_body_id_governing_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governing_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_bodies" ADD CONSTRAINT "governing_bodies_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_body_accreditations" ADD CONSTRAINT "governing_body_accreditations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_body_accreditations" ADD CONSTRAINT "governing_body_accreditations_body_id_governing_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governing_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_body_accreditations" ADD CONSTRAINT "governing_body_accreditations_member_id_governing_body_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."governing_body_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_body_accreditations" ADD CONSTRAINT "governing_body_accreditations_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_body_meetings" ADD CONSTRAINT "governing_body_meetings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_body_meetings" ADD CONSTRAINT "governing_body_meetings_body_id_governing_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governing_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_body_members" ADD CONSTRAINT "governing_body_members_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governing_body_members" ADD CONSTRAINT "governing_body_members_body_id_governing_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governing_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "governance_events_seq" ON "governance_events" USING btree ("procedure_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_events_one_close" ON "governance_events" USING btree ("procedure_id") WHERE type = 'closed';--> statement-breakpoint
CREATE INDEX "governance_procedures_body" ON "governance_procedures" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "governance_procedures_due" ON "governance_procedures" USING btree ("state","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "governing_bodies_org_name" ON "governing_bodies" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "governing_body_accreditations_body" ON "governing_body_accreditations" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "governing_body_accreditations_user" ON "governing_body_accreditations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "governing_body_meetings_body" ON "governing_body_meetings" USING btree ("body_id","scheduled_on");--> statement-breakpoint
CREATE UNIQUE INDEX "governing_body_members_name" ON "governing_body_members" USING btree ("body_id","name");