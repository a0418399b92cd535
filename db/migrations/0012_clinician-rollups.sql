CREATE TABLE "clinician_metrics" (
	"clinician_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"clients" integer DEFAULT 0 NOT NULL,
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
	"set_from_start_eligible" integer DEFAULT 0 NOT NULL,
	"set_from_start_met" integer DEFAULT 0 NOT NULL,
	"srs_sum" numeric(12, 1) DEFAULT 0 NOT NULL,
	"srs_count" integer DEFAULT 0 NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinician_metrics_pkey" PRIMARY KEY("organization_id","clinician_id")
);
--> statement-breakpoint
CREATE TABLE "clinician_monthly_metrics" (
	"clinician_id" uuid NOT NULL,
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
	CONSTRAINT "clinician_monthly_metrics_pkey" PRIMARY KEY("organization_id","clinician_id","month")
);
--> statement-breakpoint
ALTER TABLE "clinician_metrics" ADD CONSTRAINT "clinician_metrics_clinician_id_fk" FOREIGN KEY ("organization_id","clinician_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_monthly_metrics" ADD CONSTRAINT "clinician_monthly_metrics_clinician_id_fk" FOREIGN KEY ("organization_id","clinician_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;