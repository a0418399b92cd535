CREATE TABLE "client_metrics" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_goals" integer DEFAULT 0 NOT NULL,
	"agreed_plan_goals" integer DEFAULT 0 NOT NULL,
	"smart_plan_goals" integer DEFAULT 0 NOT NULL,
	"clarity_sum" integer DEFAULT 0 NOT NULL,
	"clarity_count" integer DEFAULT 0 NOT NULL,
	"measured_goals" integer DEFAULT 0 NOT NULL,
	"change_sum" integer DEFAULT 0 NOT NULL,
	"reliable_improvements" integer DEFAULT 0 NOT NULL,
	"attended_sessions" integer DEFAULT 0 NOT NULL,
	"rated_regularly_numerator" integer DEFAULT 0 NOT NULL,
	"rated_regularly_denominator" integer DEFAULT 0 NOT NULL,
	"set_from_start_eligible" smallint DEFAULT 0 NOT NULL,
	"set_from_start_met" smallint DEFAULT 0 NOT NULL,
	"first_agreed_at" timestamp with time zone,
	"last_session_at" timestamp with time zone,
	"plan_status" text DEFAULT 'none' NOT NULL,
	"next_review_date" date,
	"latest_srs" numeric(3, 1),
	"progress_series" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_monthly_metrics" (
	"client_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"month" text NOT NULL,
	"attended_sessions" integer DEFAULT 0 NOT NULL,
	"rated_regularly_numerator" integer DEFAULT 0 NOT NULL,
	"rated_regularly_denominator" integer DEFAULT 0 NOT NULL,
	"clarity_sum" integer DEFAULT 0 NOT NULL,
	"clarity_count" integer DEFAULT 0 NOT NULL,
	"gbo_sum" integer DEFAULT 0 NOT NULL,
	"gbo_count" integer DEFAULT 0 NOT NULL,
	"goals_agreed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "client_monthly_metrics_client_id_month_pk" PRIMARY KEY("client_id","month")
);
--> statement-breakpoint
ALTER TABLE "client_metrics" ADD CONSTRAINT "client_metrics_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_monthly_metrics" ADD CONSTRAINT "client_monthly_metrics_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_metrics_org_idx" ON "client_metrics" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "client_monthly_metrics_org_month_idx" ON "client_monthly_metrics" USING btree ("organization_id","month");