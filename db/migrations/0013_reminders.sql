CREATE TABLE "email_deliveries" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"recipient_user_id" uuid NOT NULL,
	"recipient_email" text NOT NULL,
	"client_id" uuid,
	"dedupe_key" text NOT NULL,
	"subject" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"send_after" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_deliveries_pkey" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "email_deliveries_status_check" CHECK ("email_deliveries"."status" in ('queued', 'sending', 'retrying', 'sent', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "reminder_preferences" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_preferences_pkey" PRIMARY KEY("organization_id","user_id","kind")
);
--> statement-breakpoint
ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_recipient_user_id_fk" FOREIGN KEY ("organization_id","recipient_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_preferences" ADD CONSTRAINT "reminder_preferences_user_id_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_deliveries_dedupe_key" ON "email_deliveries" USING btree ("organization_id","recipient_user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "email_deliveries_id_idx" ON "email_deliveries" USING btree ("id");--> statement-breakpoint
CREATE INDEX "email_deliveries_org_time_idx" ON "email_deliveries" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "email_deliveries_client_idx" ON "email_deliveries" USING btree ("organization_id","client_id","sent_at");