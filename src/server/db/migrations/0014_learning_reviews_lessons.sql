CREATE TABLE "crisis_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"crisis" text DEFAULT '' NOT NULL,
	"period_from" date,
	"period_to" date,
	"status" text NOT NULL,
	"phases" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"governing_body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finalized_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lesson_translations" (
	"lesson_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"narrative" text NOT NULL,
	CONSTRAINT "lesson_translations_lesson_id_language_pk" PRIMARY KEY("lesson_id","language")
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid,
	"review_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"narrative" text NOT NULL,
	"category" text NOT NULL,
	"event_type" text,
	"phase" text,
	"language" text NOT NULL,
	"sharing" text NOT NULL,
	"anonymized" boolean NOT NULL,
	"status" text NOT NULL,
	"search_grams" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "management_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" text NOT NULL,
	"attendees" text DEFAULT '' NOT NULL,
	"context_changes" text DEFAULT '' NOT NULL,
	"audit_findings" text DEFAULT '' NOT NULL,
	"decisions" jsonb NOT NULL,
	"inputs" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"concluded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "post_incident_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" uuid,
	"title" text NOT NULL,
	"event_type" text,
	"owner_person_id" uuid,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"sections" jsonb NOT NULL,
	"participant_person_ids" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" text
);
--> statement-breakpoint
ALTER TABLE "remedial_actions" ADD COLUMN "change_target" text;--> statement-breakpoint
ALTER TABLE "remedial_actions" ADD COLUMN "evidence_required" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "crisis_evaluations" ADD CONSTRAINT "crisis_evaluations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_translations" ADD CONSTRAINT "lesson_translations_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_review_id_post_incident_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."post_incident_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_reviews" ADD CONSTRAINT "management_reviews_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_incident_reviews" ADD CONSTRAINT "post_incident_reviews_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_incident_reviews" ADD CONSTRAINT "post_incident_reviews_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_incident_reviews" ADD CONSTRAINT "post_incident_reviews_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crisis_evaluations_org" ON "crisis_evaluations" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "lessons_org_status" ON "lessons" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "lessons_shared" ON "lessons" USING btree ("sharing","status");--> statement-breakpoint
CREATE INDEX "lessons_event_type" ON "lessons" USING btree ("event_type");--> statement-breakpoint
CREATE INDEX "lessons_search_grams" ON "lessons" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "management_reviews_org" ON "management_reviews" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "post_incident_reviews_source" ON "post_incident_reviews" USING btree ("org_id","source_kind","source_id");--> statement-breakpoint
CREATE INDEX "post_incident_reviews_org_status" ON "post_incident_reviews" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "post_incident_reviews_owner" ON "post_incident_reviews" USING btree ("owner_person_id");