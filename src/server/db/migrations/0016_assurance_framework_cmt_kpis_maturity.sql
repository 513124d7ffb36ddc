CREATE TABLE "assurance_core_element_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"element_key" text NOT NULL,
	"rating" text NOT NULL,
	"reflected_in" text DEFAULT '' NOT NULL,
	"policy_document_id" uuid,
	"rated_at" timestamp with time zone NOT NULL,
	"rated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_crisis_team_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"attendee_person_ids" jsonb NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_crisis_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"entity" text,
	"is_chair" boolean NOT NULL,
	"senior" boolean NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_crisis_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"expected_entities" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_kpi_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kpi_number" integer NOT NULL,
	"catalogue_version" text NOT NULL,
	"rating" text NOT NULL,
	"evidence" text,
	"rated_at" timestamp with time zone NOT NULL,
	"rated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_kpi_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kpi_number" integer NOT NULL,
	"catalogue_version" text NOT NULL,
	"verdict" text NOT NULL,
	"comment" text NOT NULL,
	"shown_rating" text,
	"as_of" date NOT NULL,
	"engagement_id" uuid,
	"verified_at" timestamp with time zone NOT NULL,
	"verified_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_maturity_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"rater" text NOT NULL,
	"level" text NOT NULL,
	"justification" text NOT NULL,
	"rated_on" date NOT NULL,
	"engagement_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assurance_policy_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"adopted_on" date,
	"last_updated_on" date,
	"approved_by_executive_head" boolean NOT NULL,
	"references_orms" boolean NOT NULL,
	"references_iso22301" boolean NOT NULL,
	"promulgated_on" date,
	"link" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assurance_core_element_ratings" ADD CONSTRAINT "assurance_core_element_ratings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_core_element_ratings" ADD CONSTRAINT "assurance_core_element_ratings_policy_document_id_assurance_policy_documents_id_fk" FOREIGN KEY ("policy_document_id") REFERENCES "public"."assurance_policy_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_crisis_team_meetings" ADD CONSTRAINT "assurance_crisis_team_meetings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_crisis_team_meetings" ADD CONSTRAINT "assurance_crisis_team_meetings_team_id_assurance_crisis_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."assurance_crisis_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_crisis_team_members" ADD CONSTRAINT "assurance_crisis_team_members_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_crisis_team_members" ADD CONSTRAINT "assurance_crisis_team_members_team_id_assurance_crisis_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."assurance_crisis_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_crisis_team_members" ADD CONSTRAINT "assurance_crisis_team_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_crisis_teams" ADD CONSTRAINT "assurance_crisis_teams_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_crisis_teams" ADD CONSTRAINT "assurance_crisis_teams_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_kpi_ratings" ADD CONSTRAINT "assurance_kpi_ratings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_kpi_verifications" ADD CONSTRAINT "assurance_kpi_verifications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_maturity_ratings" ADD CONSTRAINT "assurance_maturity_ratings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assurance_policy_documents" ADD CONSTRAINT "assurance_policy_documents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assurance_core_element_ratings_org" ON "assurance_core_element_ratings" USING btree ("org_id","element_key","rated_at");--> statement-breakpoint
CREATE INDEX "assurance_crisis_team_meetings_team" ON "assurance_crisis_team_meetings" USING btree ("team_id","held_on");--> statement-breakpoint
CREATE INDEX "assurance_crisis_team_members_team" ON "assurance_crisis_team_members" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assurance_crisis_teams_unit" ON "assurance_crisis_teams" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE INDEX "assurance_kpi_ratings_org" ON "assurance_kpi_ratings" USING btree ("org_id","kpi_number","rated_at");--> statement-breakpoint
CREATE INDEX "assurance_kpi_verifications_org" ON "assurance_kpi_verifications" USING btree ("org_id","kpi_number","verified_at");--> statement-breakpoint
CREATE INDEX "assurance_maturity_ratings_org" ON "assurance_maturity_ratings" USING btree ("org_id","rater","recorded_at");--> statement-breakpoint
CREATE INDEX "assurance_policy_documents_org" ON "assurance_policy_documents" USING btree ("org_id");