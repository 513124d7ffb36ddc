CREATE TABLE "return_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"phases" jsonb NOT NULL,
	"sites" jsonb NOT NULL,
	"teams" jsonb NOT NULL,
	"hygiene_measures" text DEFAULT '' NOT NULL,
	"meeting_room_measures" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "return_team_members" (
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"team_key" text NOT NULL,
	CONSTRAINT "return_team_members_plan_id_person_id_pk" PRIMARY KEY("plan_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "survey_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"question_key" text,
	"group_unit_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wellbeing_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"group_unit_id" uuid NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wellbeing_participation" (
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "wellbeing_participation_survey_id_person_id_pk" PRIMARY KEY("survey_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "wellbeing_surveys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"intro" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"target_unit_ids" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"minimum_group_size" integer NOT NULL,
	"launched_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_arrangements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"adoption" text NOT NULL,
	"permanence" text NOT NULL,
	"policy_reference" text DEFAULT '' NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "return_plans" ADD CONSTRAINT "return_plans_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_plans" ADD CONSTRAINT "return_plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_team_members" ADD CONSTRAINT "return_team_members_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_team_members" ADD CONSTRAINT "return_team_members_plan_id_return_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."return_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_team_members" ADD CONSTRAINT "return_team_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_survey_id_wellbeing_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."wellbeing_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_group_unit_id_units_id_fk" FOREIGN KEY ("group_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_follow_ups" ADD CONSTRAINT "survey_follow_ups_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_answers" ADD CONSTRAINT "wellbeing_answers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_answers" ADD CONSTRAINT "wellbeing_answers_survey_id_wellbeing_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."wellbeing_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_answers" ADD CONSTRAINT "wellbeing_answers_group_unit_id_units_id_fk" FOREIGN KEY ("group_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_participation" ADD CONSTRAINT "wellbeing_participation_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_participation" ADD CONSTRAINT "wellbeing_participation_survey_id_wellbeing_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."wellbeing_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_participation" ADD CONSTRAINT "wellbeing_participation_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_surveys" ADD CONSTRAINT "wellbeing_surveys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_arrangements" ADD CONSTRAINT "working_arrangements_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "return_plans_org_unit" ON "return_plans" USING btree ("org_id","unit_id");--> statement-breakpoint
CREATE INDEX "return_team_members_person" ON "return_team_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "survey_follow_ups_survey" ON "survey_follow_ups" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "wellbeing_answers_survey" ON "wellbeing_answers" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "wellbeing_surveys_org" ON "wellbeing_surveys" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "wellbeing_surveys_series" ON "wellbeing_surveys" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "working_arrangements_org" ON "working_arrangements" USING btree ("org_id");