CREATE TABLE "response_broadcasts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"template" text NOT NULL,
	"audience" jsonb NOT NULL,
	"channels" jsonb NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"exercise" boolean NOT NULL,
	"asks_check_in" boolean NOT NULL,
	"recipient_count" integer NOT NULL,
	"issues" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"reported_by_person_id" uuid,
	"reported_by_name" text DEFAULT '' NOT NULL,
	"provider_message_id" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_delivery_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notification_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text,
	"provider_id" text,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "response_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"severity" text NOT NULL,
	"expected_duration" text NOT NULL,
	"exercise" boolean NOT NULL,
	"state" text NOT NULL,
	"affected_unit_ids" jsonb NOT NULL,
	"locations" jsonb NOT NULL,
	"warning_after_minutes" integer DEFAULT 30 NOT NULL,
	"realert_every_minutes" integer DEFAULT 30 NOT NULL,
	"max_realerts" integer DEFAULT 3 NOT NULL,
	"escalate_at_round" integer DEFAULT 2 NOT NULL,
	"sitrep_interval_minutes" integer,
	"sitrep_interval_chosen_at" timestamp with time zone,
	"last_reassessed_at" timestamp with time zone,
	"declared_at" timestamp with time zone NOT NULL,
	"declared_by" text NOT NULL,
	"activated_at" timestamp with time zone,
	"stabilized_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
CREATE TABLE "response_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" jsonb NOT NULL,
	"owner_person_id" uuid,
	"done_at" timestamp with time zone,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	"by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"broadcast_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"round" integer NOT NULL,
	"address" text NOT NULL,
	"language" text NOT NULL,
	"key" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"provider_id" text,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "response_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"entered_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_plan_activations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"copy" jsonb NOT NULL,
	"activated_at" timestamp with time zone NOT NULL,
	"activated_by" text NOT NULL,
	"deactivated_at" timestamp with time zone,
	"deactivated_by" text
);
--> statement-breakpoint
CREATE TABLE "response_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"broadcast_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"supervisor_id" uuid,
	"language" text NOT NULL,
	"reachable" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_signing_keys" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_team" (
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"role" text NOT NULL,
	"person_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"assigned_by" text NOT NULL,
	CONSTRAINT "response_team_event_id_role_person_id_pk" PRIMARY KEY("event_id","role","person_id")
);
--> statement-breakpoint
ALTER TABLE "response_broadcasts" ADD CONSTRAINT "response_broadcasts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_broadcasts" ADD CONSTRAINT "response_broadcasts_event_id_response_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."response_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_events" ADD CONSTRAINT "response_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_log" ADD CONSTRAINT "response_log_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_log" ADD CONSTRAINT "response_log_event_id_response_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."response_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_log" ADD CONSTRAINT "response_log_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_phases" ADD CONSTRAINT "response_phases_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_phases" ADD CONSTRAINT "response_phases_event_id_response_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."response_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_plan_activations" ADD CONSTRAINT "response_plan_activations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_plan_activations" ADD CONSTRAINT "response_plan_activations_event_id_response_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."response_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_plan_activations" ADD CONSTRAINT "response_plan_activations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_recipients" ADD CONSTRAINT "response_recipients_broadcast_id_response_broadcasts_id_fk" FOREIGN KEY ("broadcast_id") REFERENCES "public"."response_broadcasts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_signing_keys" ADD CONSTRAINT "response_signing_keys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_team" ADD CONSTRAINT "response_team_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_team" ADD CONSTRAINT "response_team_event_id_response_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."response_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_team" ADD CONSTRAINT "response_team_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "response_broadcasts_event" ON "response_broadcasts" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "response_check_ins_provider" ON "response_check_ins" USING btree ("provider_message_id");--> statement-breakpoint
CREATE INDEX "response_check_ins_event" ON "response_check_ins" USING btree ("event_id","person_id","at");--> statement-breakpoint
CREATE INDEX "response_delivery_attempts_notification" ON "response_delivery_attempts" USING btree ("notification_id");--> statement-breakpoint
CREATE INDEX "response_events_org_state" ON "response_events" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "response_log_event" ON "response_log" USING btree ("event_id","kind","at");--> statement-breakpoint
CREATE UNIQUE INDEX "response_notifications_key" ON "response_notifications" USING btree ("key");--> statement-breakpoint
CREATE INDEX "response_notifications_due" ON "response_notifications" USING btree ("channel","status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "response_notifications_broadcast" ON "response_notifications" USING btree ("broadcast_id","status");--> statement-breakpoint
CREATE INDEX "response_phases_event" ON "response_phases" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "response_plan_activations_event" ON "response_plan_activations" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "response_recipients_person" ON "response_recipients" USING btree ("broadcast_id","person_id");--> statement-breakpoint
CREATE INDEX "response_recipients_event" ON "response_recipients" USING btree ("event_id","person_id");