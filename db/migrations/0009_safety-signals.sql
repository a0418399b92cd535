CREATE TYPE "public"."safety_signal_kind" AS ENUM('phq9-item9');--> statement-breakpoint
CREATE TABLE "safety_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"therapy_session_id" uuid NOT NULL,
	"check_in_id" uuid,
	"kind" "safety_signal_kind" NOT NULL,
	"value" smallint NOT NULL,
	"received_late" boolean NOT NULL,
	"refusal" text NOT NULL,
	"received_by" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_signals_value_check" CHECK ("safety_signals"."value" between 1 and 3)
);
--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_therapy_session_id_therapy_sessions_id_fk" FOREIGN KEY ("therapy_session_id") REFERENCES "public"."therapy_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_check_in_id_check_ins_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."check_ins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "safety_signals_session_kind_value_key" ON "safety_signals" USING btree ("therapy_session_id","kind","value");--> statement-breakpoint
CREATE INDEX "safety_signals_client_idx" ON "safety_signals" USING btree ("organization_id","client_id","received_at");