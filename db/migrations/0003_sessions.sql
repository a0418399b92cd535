CREATE TYPE "public"."check_in_kind" AS ENUM('before', 'after');--> statement-breakpoint
CREATE TYPE "public"."check_in_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."flag_kind" AS ENUM('risk', 'not-on-track', 'perspectives-differ', 'alliance', 'check-in-overdue');--> statement-breakpoint
CREATE TYPE "public"."measure_instrument" AS ENUM('phq9', 'gad7', 'ors', 'srs');--> statement-breakpoint
CREATE TYPE "public"."therapy_session_status" AS ENUM('scheduled', 'attended', 'cancelled', 'no-show');--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"therapy_session_id" uuid NOT NULL,
	"kind" "check_in_kind" NOT NULL,
	"status" "check_in_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" "flag_kind" NOT NULL,
	"goal_id" uuid,
	"therapy_session_id" uuid,
	"source_response_id" uuid,
	"reason" text NOT NULL,
	"data" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledgement_note" text,
	"notified_at" timestamp with time zone,
	"escalated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "gas_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"gas_scale_id" uuid NOT NULL,
	"therapy_session_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"rated_by" uuid,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "gas_ratings_level_check" CHECK ("gas_ratings"."level" between -2 and 2)
);
--> statement-breakpoint
CREATE TABLE "gas_scales" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"level_minus_2" text NOT NULL,
	"level_minus_1" text NOT NULL,
	"level_0" text NOT NULL,
	"level_plus_1" text NOT NULL,
	"level_plus_2" text NOT NULL,
	"weight" numeric(4, 2),
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gas_scales_weight_check" CHECK ("gas_scales"."weight" is null or "gas_scales"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "goal_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"goal_version_id" uuid NOT NULL,
	"therapy_session_id" uuid NOT NULL,
	"side" "side" NOT NULL,
	"check_in_id" uuid,
	"progress" smallint,
	"clarity" smallint,
	"is_draft" boolean DEFAULT false NOT NULL,
	"rated_by" uuid,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "goal_ratings_progress_check" CHECK ("goal_ratings"."progress" between 0 and 10),
	CONSTRAINT "goal_ratings_clarity_check" CHECK ("goal_ratings"."clarity" between 1 and 5),
	CONSTRAINT "goal_ratings_final_check" CHECK ("goal_ratings"."is_draft" or "goal_ratings"."progress" is not null)
);
--> statement-breakpoint
CREATE TABLE "measure_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"therapy_session_id" uuid NOT NULL,
	"check_in_id" uuid,
	"instrument" "measure_instrument" NOT NULL,
	"answers" jsonb NOT NULL,
	"complete" boolean NOT NULL,
	"total" numeric(3, 1),
	"band" text,
	"is_draft" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "objective_ticks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"done_on" date NOT NULL,
	"note" text,
	"submission_key" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retracted_at" timestamp with time zone,
	"retracted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "therapy_session_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"therapy_session_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"edited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "therapy_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"duration_minutes" smallint DEFAULT 50 NOT NULL,
	"status" "therapy_session_status" DEFAULT 'scheduled' NOT NULL,
	"private_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "therapy_sessions_duration_check" CHECK ("therapy_sessions"."duration_minutes" between 5 and 600)
);
--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_therapy_session_id_therapy_sessions_id_fk" FOREIGN KEY ("therapy_session_id") REFERENCES "public"."therapy_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_therapy_session_id_therapy_sessions_id_fk" FOREIGN KEY ("therapy_session_id") REFERENCES "public"."therapy_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_source_response_id_measure_responses_id_fk" FOREIGN KEY ("source_response_id") REFERENCES "public"."measure_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_gas_scale_id_gas_scales_id_fk" FOREIGN KEY ("gas_scale_id") REFERENCES "public"."gas_scales"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_therapy_session_id_therapy_sessions_id_fk" FOREIGN KEY ("therapy_session_id") REFERENCES "public"."therapy_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_scales" ADD CONSTRAINT "gas_scales_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_scales" ADD CONSTRAINT "gas_scales_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_scales" ADD CONSTRAINT "gas_scales_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_goal_version_id_goal_versions_id_fk" FOREIGN KEY ("goal_version_id") REFERENCES "public"."goal_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_therapy_session_id_therapy_sessions_id_fk" FOREIGN KEY ("therapy_session_id") REFERENCES "public"."therapy_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_check_in_id_check_ins_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."check_ins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_therapy_session_id_therapy_sessions_id_fk" FOREIGN KEY ("therapy_session_id") REFERENCES "public"."therapy_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_check_in_id_check_ins_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."check_ins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_retracted_by_users_id_fk" FOREIGN KEY ("retracted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_session_revisions" ADD CONSTRAINT "therapy_session_revisions_therapy_session_id_therapy_sessions_id_fk" FOREIGN KEY ("therapy_session_id") REFERENCES "public"."therapy_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_session_revisions" ADD CONSTRAINT "therapy_session_revisions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_sessions" ADD CONSTRAINT "therapy_sessions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_sessions" ADD CONSTRAINT "therapy_sessions_clinician_id_users_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_sessions" ADD CONSTRAINT "therapy_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_session_kind_key" ON "check_ins" USING btree ("therapy_session_id","kind");--> statement-breakpoint
CREATE INDEX "check_ins_client_idx" ON "check_ins" USING btree ("organization_id","client_id","kind","status");--> statement-breakpoint
CREATE UNIQUE INDEX "flags_client_dedupe_key" ON "flags" USING btree ("client_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "flags_client_open_idx" ON "flags" USING btree ("organization_id","client_id","kind") WHERE "flags"."acknowledged_at" is null;--> statement-breakpoint
CREATE INDEX "flags_client_idx" ON "flags" USING btree ("organization_id","client_id","raised_at");--> statement-breakpoint
CREATE INDEX "flags_risk_pending_idx" ON "flags" USING btree ("raised_at") WHERE "flags"."kind" = 'risk' and "flags"."acknowledged_at" is null and ("flags"."escalated_at" is null or "flags"."notified_at" is null);--> statement-breakpoint
CREATE UNIQUE INDEX "gas_ratings_session_goal_key" ON "gas_ratings" USING btree ("therapy_session_id","goal_id");--> statement-breakpoint
CREATE INDEX "gas_ratings_client_idx" ON "gas_ratings" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gas_scales_goal_version_key" ON "gas_scales" USING btree ("goal_id","version");--> statement-breakpoint
CREATE INDEX "gas_scales_client_idx" ON "gas_scales" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "goal_ratings_session_goal_side_key" ON "goal_ratings" USING btree ("therapy_session_id","goal_id","side");--> statement-breakpoint
CREATE INDEX "goal_ratings_goal_idx" ON "goal_ratings" USING btree ("organization_id","goal_id","therapy_session_id");--> statement-breakpoint
CREATE INDEX "goal_ratings_client_idx" ON "goal_ratings" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_responses_session_instrument_key" ON "measure_responses" USING btree ("therapy_session_id","instrument");--> statement-breakpoint
CREATE INDEX "measure_responses_client_idx" ON "measure_responses" USING btree ("organization_id","client_id","instrument");--> statement-breakpoint
CREATE UNIQUE INDEX "objective_ticks_submission_key" ON "objective_ticks" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "objective_ticks_client_idx" ON "objective_ticks" USING btree ("organization_id","client_id","done_on");--> statement-breakpoint
CREATE UNIQUE INDEX "therapy_session_revisions_key" ON "therapy_session_revisions" USING btree ("therapy_session_id","version");--> statement-breakpoint
CREATE INDEX "therapy_sessions_client_idx" ON "therapy_sessions" USING btree ("organization_id","client_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "therapy_sessions_clinician_idx" ON "therapy_sessions" USING btree ("organization_id","clinician_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "therapy_sessions_org_time_idx" ON "therapy_sessions" USING btree ("organization_id","scheduled_at");