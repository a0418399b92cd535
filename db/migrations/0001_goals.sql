CREATE TYPE "public"."brainstorm_prompt" AS ENUM('changes', 'going-well', 'tired-of', 'bucket-list', 'prompted-therapy');--> statement-breakpoint
CREATE TYPE "public"."formulation_factor" AS ENUM('presenting', 'predisposing', 'precipitating', 'perpetuating', 'protective');--> statement-breakpoint
CREATE TYPE "public"."goal_achievement_status" AS ENUM('in-progress', 'improving', 'worsening', 'no-change', 'achieved', 'sustaining', 'not-achieved', 'no-progress', 'not-attainable');--> statement-breakpoint
CREATE TYPE "public"."goal_lifecycle_status" AS ENUM('proposed', 'accepted', 'active', 'on-hold', 'completed', 'cancelled', 'rejected', 'entered-in-error');--> statement-breakpoint
CREATE TYPE "public"."goal_position" AS ENUM('agree', 'wants-changes', 'disagree');--> statement-breakpoint
CREATE TYPE "public"."goal_type" AS ENUM('process', 'performance', 'outcome');--> statement-breakpoint
CREATE TYPE "public"."objective_period" AS ENUM('day', 'week', 'month');--> statement-breakpoint
CREATE TYPE "public"."side" AS ENUM('client', 'therapist');--> statement-breakpoint
CREATE TYPE "public"."signer_role" AS ENUM('client', 'therapist', 'supervisor');--> statement-breakpoint
CREATE TABLE "brainstorm_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"prompt" "brainstorm_prompt" NOT NULL,
	"answer" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "formulation_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"formulation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"edited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "formulations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"presenting" text,
	"predisposing" text,
	"precipitating" text,
	"perpetuating" text,
	"protective" text,
	"shared_with_client" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"goal_version_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"goal_version_id" uuid NOT NULL,
	"side" "side" NOT NULL,
	"user_id" uuid,
	"position" "goal_position" NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"from_status" "goal_lifecycle_status",
	"to_status" "goal_lifecycle_status" NOT NULL,
	"achievement_status" "goal_achievement_status",
	"reason" text NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"author_user_id" uuid,
	"author_side" "side" NOT NULL,
	"wording" text NOT NULL,
	"theme" text,
	"value" text,
	"goal_type" "goal_type",
	"formulation_factor" "formulation_factor",
	"reality" text,
	"options" text,
	"obstacles" text,
	"first_step" text,
	"confidence" smallint,
	"measure" text,
	"target" text,
	"due_date" date,
	"frequency" text,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"change_note" text,
	"quality" jsonb NOT NULL,
	"quality_check_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"current_version_id" uuid,
	"current_version_number" integer DEFAULT 1 NOT NULL,
	"lifecycle_status" "goal_lifecycle_status" DEFAULT 'proposed' NOT NULL,
	"achievement_status" "goal_achievement_status",
	"client_focus" boolean DEFAULT false NOT NULL,
	"agreed" boolean DEFAULT false NOT NULL,
	"agreed_at" timestamp with time zone,
	"first_agreed_at" timestamp with time zone,
	"passes_all_smart" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_by_side" "side" NOT NULL,
	"from_brainstorm_answer_id" uuid,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"description" text NOT NULL,
	"times_per_period" smallint,
	"period" "objective_period",
	"duration_weeks" smallint,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_in_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"plan_hash" text NOT NULL,
	"goal_versions" jsonb NOT NULL,
	"signer_role" "signer_role" NOT NULL,
	"user_id" uuid NOT NULL,
	"typed_name" text NOT NULL,
	"shortfall_reason" text,
	"next_review_date" date,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brainstorm_answers" ADD CONSTRAINT "brainstorm_answers_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brainstorm_answers" ADD CONSTRAINT "brainstorm_answers_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulation_versions" ADD CONSTRAINT "formulation_versions_formulation_id_formulations_id_fk" FOREIGN KEY ("formulation_id") REFERENCES "public"."formulations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulation_versions" ADD CONSTRAINT "formulation_versions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulations" ADD CONSTRAINT "formulations_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulations" ADD CONSTRAINT "formulations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_comments" ADD CONSTRAINT "goal_comments_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_comments" ADD CONSTRAINT "goal_comments_goal_version_id_goal_versions_id_fk" FOREIGN KEY ("goal_version_id") REFERENCES "public"."goal_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_comments" ADD CONSTRAINT "goal_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_positions" ADD CONSTRAINT "goal_positions_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_positions" ADD CONSTRAINT "goal_positions_goal_version_id_goal_versions_id_fk" FOREIGN KEY ("goal_version_id") REFERENCES "public"."goal_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_positions" ADD CONSTRAINT "goal_positions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_status_events" ADD CONSTRAINT "goal_status_events_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_status_events" ADD CONSTRAINT "goal_status_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_versions" ADD CONSTRAINT "goal_versions_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_versions" ADD CONSTRAINT "goal_versions_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_from_brainstorm_answer_id_brainstorm_answers_id_fk" FOREIGN KEY ("from_brainstorm_answer_id") REFERENCES "public"."brainstorm_answers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signatures" ADD CONSTRAINT "plan_signatures_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signatures" ADD CONSTRAINT "plan_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brainstorm_answers_client_idx" ON "brainstorm_answers" USING btree ("organization_id","client_id","prompt","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "formulation_versions_key" ON "formulation_versions" USING btree ("formulation_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "formulations_client_key" ON "formulations" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "goal_comments_goal_idx" ON "goal_comments" USING btree ("goal_id","created_at");--> statement-breakpoint
CREATE INDEX "goal_positions_goal_idx" ON "goal_positions" USING btree ("goal_id","side","created_at");--> statement-breakpoint
CREATE INDEX "goal_status_events_goal_idx" ON "goal_status_events" USING btree ("goal_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "goal_versions_goal_number_key" ON "goal_versions" USING btree ("goal_id","number");--> statement-breakpoint
CREATE INDEX "goals_client_idx" ON "goals" USING btree ("organization_id","client_id","lifecycle_status");--> statement-breakpoint
CREATE INDEX "objectives_goal_idx" ON "objectives" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "plan_signatures_client_idx" ON "plan_signatures" USING btree ("organization_id","client_id","signed_at");--> statement-breakpoint
CREATE INDEX "plan_signatures_hash_idx" ON "plan_signatures" USING btree ("client_id","plan_hash");