ALTER TABLE "caseload_assignments" DROP CONSTRAINT "caseload_assignments_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "caseload_assignments" DROP CONSTRAINT "caseload_assignments_clinician_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "caseload_assignments" DROP CONSTRAINT "caseload_assignments_started_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "caseload_assignments" DROP CONSTRAINT "caseload_assignments_ended_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "client_revisions" DROP CONSTRAINT "client_revisions_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "client_revisions" DROP CONSTRAINT "client_revisions_edited_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "clients" DROP CONSTRAINT "clients_portal_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "clients" DROP CONSTRAINT "clients_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_links" DROP CONSTRAINT "supervision_links_supervisor_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_links" DROP CONSTRAINT "supervision_links_therapist_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_links" DROP CONSTRAINT "supervision_links_started_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "supervision_links" DROP CONSTRAINT "supervision_links_ended_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "brainstorm_answers" DROP CONSTRAINT "brainstorm_answers_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "brainstorm_answers" DROP CONSTRAINT "brainstorm_answers_author_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "formulation_versions" DROP CONSTRAINT "formulation_versions_formulation_id_formulations_id_fk";
--> statement-breakpoint
ALTER TABLE "formulation_versions" DROP CONSTRAINT "formulation_versions_edited_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "formulations" DROP CONSTRAINT "formulations_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "formulations" DROP CONSTRAINT "formulations_updated_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_comments" DROP CONSTRAINT "goal_comments_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_comments" DROP CONSTRAINT "goal_comments_goal_version_id_goal_versions_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_comments" DROP CONSTRAINT "goal_comments_author_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_positions" DROP CONSTRAINT "goal_positions_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_positions" DROP CONSTRAINT "goal_positions_goal_version_id_goal_versions_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_positions" DROP CONSTRAINT "goal_positions_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_status_events" DROP CONSTRAINT "goal_status_events_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_status_events" DROP CONSTRAINT "goal_status_events_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_versions" DROP CONSTRAINT "goal_versions_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_versions" DROP CONSTRAINT "goal_versions_author_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "goals" DROP CONSTRAINT "goals_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "goals" DROP CONSTRAINT "goals_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "goals" DROP CONSTRAINT "goals_from_brainstorm_answer_id_brainstorm_answers_id_fk";
--> statement-breakpoint
ALTER TABLE "objectives" DROP CONSTRAINT "objectives_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "plan_signatures" DROP CONSTRAINT "plan_signatures_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "plan_signatures" DROP CONSTRAINT "plan_signatures_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "access_tokens" DROP CONSTRAINT "access_tokens_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "access_tokens" DROP CONSTRAINT "access_tokens_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "access_tokens" DROP CONSTRAINT "access_tokens_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "access_tokens" DROP CONSTRAINT "access_tokens_revoked_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "client_consents" DROP CONSTRAINT "client_consents_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "client_consents" DROP CONSTRAINT "client_consents_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "check_ins" DROP CONSTRAINT "check_ins_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "check_ins" DROP CONSTRAINT "check_ins_therapy_session_id_therapy_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_therapy_session_id_therapy_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_source_response_id_measure_responses_id_fk";
--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_acknowledged_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "gas_ratings" DROP CONSTRAINT "gas_ratings_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "gas_ratings" DROP CONSTRAINT "gas_ratings_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "gas_ratings" DROP CONSTRAINT "gas_ratings_gas_scale_id_gas_scales_id_fk";
--> statement-breakpoint
ALTER TABLE "gas_ratings" DROP CONSTRAINT "gas_ratings_therapy_session_id_therapy_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "gas_ratings" DROP CONSTRAINT "gas_ratings_rated_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "gas_scales" DROP CONSTRAINT "gas_scales_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "gas_scales" DROP CONSTRAINT "gas_scales_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "gas_scales" DROP CONSTRAINT "gas_scales_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_ratings" DROP CONSTRAINT "goal_ratings_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_ratings" DROP CONSTRAINT "goal_ratings_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_ratings" DROP CONSTRAINT "goal_ratings_goal_version_id_goal_versions_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_ratings" DROP CONSTRAINT "goal_ratings_therapy_session_id_therapy_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_ratings" DROP CONSTRAINT "goal_ratings_check_in_id_check_ins_id_fk";
--> statement-breakpoint
ALTER TABLE "goal_ratings" DROP CONSTRAINT "goal_ratings_rated_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_responses" DROP CONSTRAINT "measure_responses_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_responses" DROP CONSTRAINT "measure_responses_therapy_session_id_therapy_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "measure_responses" DROP CONSTRAINT "measure_responses_check_in_id_check_ins_id_fk";
--> statement-breakpoint
ALTER TABLE "objective_ticks" DROP CONSTRAINT "objective_ticks_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "objective_ticks" DROP CONSTRAINT "objective_ticks_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "objective_ticks" DROP CONSTRAINT "objective_ticks_objective_id_objectives_id_fk";
--> statement-breakpoint
ALTER TABLE "objective_ticks" DROP CONSTRAINT "objective_ticks_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "objective_ticks" DROP CONSTRAINT "objective_ticks_retracted_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "therapy_session_revisions" DROP CONSTRAINT "therapy_session_revisions_therapy_session_id_therapy_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "therapy_session_revisions" DROP CONSTRAINT "therapy_session_revisions_edited_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "therapy_sessions" DROP CONSTRAINT "therapy_sessions_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "therapy_sessions" DROP CONSTRAINT "therapy_sessions_clinician_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "therapy_sessions" DROP CONSTRAINT "therapy_sessions_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "client_metrics" DROP CONSTRAINT "client_metrics_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "client_monthly_metrics" DROP CONSTRAINT "client_monthly_metrics_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "safety_signals" DROP CONSTRAINT "safety_signals_client_id_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "safety_signals" DROP CONSTRAINT "safety_signals_therapy_session_id_therapy_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "safety_signals" DROP CONSTRAINT "safety_signals_check_in_id_check_ins_id_fk";
--> statement-breakpoint
ALTER TABLE "safety_signals" DROP CONSTRAINT "safety_signals_received_by_users_id_fk";
--> statement-breakpoint
DROP INDEX "client_metrics_org_idx";--> statement-breakpoint
DROP INDEX "caseload_assignments_one_active_key";--> statement-breakpoint
DROP INDEX "caseload_assignments_client_idx";--> statement-breakpoint
DROP INDEX "client_revisions_client_version_key";--> statement-breakpoint
DROP INDEX "clients_portal_user_key";--> statement-breakpoint
DROP INDEX "supervision_links_one_active_key";--> statement-breakpoint
DROP INDEX "formulation_versions_key";--> statement-breakpoint
DROP INDEX "formulations_client_key";--> statement-breakpoint
DROP INDEX "goal_versions_goal_number_key";--> statement-breakpoint
DROP INDEX "check_ins_session_kind_key";--> statement-breakpoint
DROP INDEX "flags_client_dedupe_key";--> statement-breakpoint
DROP INDEX "gas_ratings_session_goal_key";--> statement-breakpoint
DROP INDEX "gas_scales_goal_version_key";--> statement-breakpoint
DROP INDEX "goal_ratings_session_goal_side_key";--> statement-breakpoint
DROP INDEX "measure_responses_session_instrument_key";--> statement-breakpoint
DROP INDEX "objective_ticks_submission_key";--> statement-breakpoint
DROP INDEX "therapy_session_revisions_key";--> statement-breakpoint
DROP INDEX "safety_signals_session_kind_value_key";--> statement-breakpoint
ALTER TABLE "client_monthly_metrics" DROP CONSTRAINT "client_monthly_metrics_client_id_month_pk";--> statement-breakpoint
ALTER TABLE "caseload_assignments" DROP CONSTRAINT "caseload_assignments_pkey";--> statement-breakpoint
ALTER TABLE "client_revisions" DROP CONSTRAINT "client_revisions_pkey";--> statement-breakpoint
ALTER TABLE "clients" DROP CONSTRAINT "clients_pkey";--> statement-breakpoint
ALTER TABLE "supervision_links" DROP CONSTRAINT "supervision_links_pkey";--> statement-breakpoint
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_pkey";--> statement-breakpoint
ALTER TABLE "brainstorm_answers" DROP CONSTRAINT "brainstorm_answers_pkey";--> statement-breakpoint
ALTER TABLE "formulation_versions" DROP CONSTRAINT "formulation_versions_pkey";--> statement-breakpoint
ALTER TABLE "formulations" DROP CONSTRAINT "formulations_pkey";--> statement-breakpoint
ALTER TABLE "goal_comments" DROP CONSTRAINT "goal_comments_pkey";--> statement-breakpoint
ALTER TABLE "goal_positions" DROP CONSTRAINT "goal_positions_pkey";--> statement-breakpoint
ALTER TABLE "goal_status_events" DROP CONSTRAINT "goal_status_events_pkey";--> statement-breakpoint
ALTER TABLE "goal_versions" DROP CONSTRAINT "goal_versions_pkey";--> statement-breakpoint
ALTER TABLE "goals" DROP CONSTRAINT "goals_pkey";--> statement-breakpoint
ALTER TABLE "objectives" DROP CONSTRAINT "objectives_pkey";--> statement-breakpoint
ALTER TABLE "plan_signatures" DROP CONSTRAINT "plan_signatures_pkey";--> statement-breakpoint
ALTER TABLE "client_consents" DROP CONSTRAINT "client_consents_pkey";--> statement-breakpoint
ALTER TABLE "check_ins" DROP CONSTRAINT "check_ins_pkey";--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_pkey";--> statement-breakpoint
ALTER TABLE "gas_ratings" DROP CONSTRAINT "gas_ratings_pkey";--> statement-breakpoint
ALTER TABLE "gas_scales" DROP CONSTRAINT "gas_scales_pkey";--> statement-breakpoint
ALTER TABLE "goal_ratings" DROP CONSTRAINT "goal_ratings_pkey";--> statement-breakpoint
ALTER TABLE "measure_responses" DROP CONSTRAINT "measure_responses_pkey";--> statement-breakpoint
ALTER TABLE "objective_ticks" DROP CONSTRAINT "objective_ticks_pkey";--> statement-breakpoint
ALTER TABLE "therapy_session_revisions" DROP CONSTRAINT "therapy_session_revisions_pkey";--> statement-breakpoint
ALTER TABLE "therapy_sessions" DROP CONSTRAINT "therapy_sessions_pkey";--> statement-breakpoint
ALTER TABLE "client_metrics" DROP CONSTRAINT "client_metrics_pkey";--> statement-breakpoint
ALTER TABLE "revoked_sessions" DROP CONSTRAINT "revoked_sessions_pkey";--> statement-breakpoint
ALTER TABLE "safety_signals" DROP CONSTRAINT "safety_signals_pkey";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_id_key" UNIQUE("organization_id","id");--> statement-breakpoint
ALTER TABLE "caseload_assignments" ADD CONSTRAINT "caseload_assignments_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "client_revisions" ADD CONSTRAINT "client_revisions_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "supervision_links" ADD CONSTRAINT "supervision_links_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "brainstorm_answers" ADD CONSTRAINT "brainstorm_answers_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "formulation_versions" ADD CONSTRAINT "formulation_versions_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "formulations" ADD CONSTRAINT "formulations_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "goal_comments" ADD CONSTRAINT "goal_comments_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "goal_positions" ADD CONSTRAINT "goal_positions_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "goal_status_events" ADD CONSTRAINT "goal_status_events_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "goal_versions" ADD CONSTRAINT "goal_versions_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "plan_signatures" ADD CONSTRAINT "plan_signatures_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "client_consents" ADD CONSTRAINT "client_consents_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "gas_scales" ADD CONSTRAINT "gas_scales_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "therapy_session_revisions" ADD CONSTRAINT "therapy_session_revisions_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "therapy_sessions" ADD CONSTRAINT "therapy_sessions_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "client_metrics" ADD CONSTRAINT "client_metrics_pkey" PRIMARY KEY("organization_id","client_id");--> statement-breakpoint
ALTER TABLE "client_monthly_metrics" ADD CONSTRAINT "client_monthly_metrics_pkey" PRIMARY KEY("organization_id","client_id","month");--> statement-breakpoint
ALTER TABLE "revoked_sessions" ADD CONSTRAINT "revoked_sessions_pkey" PRIMARY KEY("organization_id","session_id");--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_pkey" PRIMARY KEY("organization_id","id");--> statement-breakpoint
ALTER TABLE "caseload_assignments" ADD CONSTRAINT "caseload_assignments_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caseload_assignments" ADD CONSTRAINT "caseload_assignments_clinician_id_fk" FOREIGN KEY ("organization_id","clinician_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caseload_assignments" ADD CONSTRAINT "caseload_assignments_started_by_fk" FOREIGN KEY ("organization_id","started_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caseload_assignments" ADD CONSTRAINT "caseload_assignments_ended_by_fk" FOREIGN KEY ("organization_id","ended_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_revisions" ADD CONSTRAINT "client_revisions_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_revisions" ADD CONSTRAINT "client_revisions_edited_by_fk" FOREIGN KEY ("organization_id","edited_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_portal_user_id_fk" FOREIGN KEY ("organization_id","portal_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_created_by_fk" FOREIGN KEY ("organization_id","created_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_links" ADD CONSTRAINT "supervision_links_supervisor_id_fk" FOREIGN KEY ("organization_id","supervisor_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_links" ADD CONSTRAINT "supervision_links_therapist_id_fk" FOREIGN KEY ("organization_id","therapist_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_links" ADD CONSTRAINT "supervision_links_started_by_fk" FOREIGN KEY ("organization_id","started_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_links" ADD CONSTRAINT "supervision_links_ended_by_fk" FOREIGN KEY ("organization_id","ended_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brainstorm_answers" ADD CONSTRAINT "brainstorm_answers_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brainstorm_answers" ADD CONSTRAINT "brainstorm_answers_author_user_id_fk" FOREIGN KEY ("organization_id","author_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulation_versions" ADD CONSTRAINT "formulation_versions_formulation_id_fk" FOREIGN KEY ("organization_id","formulation_id") REFERENCES "public"."formulations"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulation_versions" ADD CONSTRAINT "formulation_versions_edited_by_fk" FOREIGN KEY ("organization_id","edited_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulations" ADD CONSTRAINT "formulations_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulations" ADD CONSTRAINT "formulations_updated_by_fk" FOREIGN KEY ("organization_id","updated_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_comments" ADD CONSTRAINT "goal_comments_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_comments" ADD CONSTRAINT "goal_comments_goal_version_id_fk" FOREIGN KEY ("organization_id","goal_version_id") REFERENCES "public"."goal_versions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_comments" ADD CONSTRAINT "goal_comments_author_user_id_fk" FOREIGN KEY ("organization_id","author_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_positions" ADD CONSTRAINT "goal_positions_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_positions" ADD CONSTRAINT "goal_positions_goal_version_id_fk" FOREIGN KEY ("organization_id","goal_version_id") REFERENCES "public"."goal_versions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_positions" ADD CONSTRAINT "goal_positions_user_id_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_status_events" ADD CONSTRAINT "goal_status_events_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_status_events" ADD CONSTRAINT "goal_status_events_user_id_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_versions" ADD CONSTRAINT "goal_versions_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_versions" ADD CONSTRAINT "goal_versions_author_user_id_fk" FOREIGN KEY ("organization_id","author_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_created_by_fk" FOREIGN KEY ("organization_id","created_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_from_brainstorm_answer_id_fk" FOREIGN KEY ("organization_id","from_brainstorm_answer_id") REFERENCES "public"."brainstorm_answers"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signatures" ADD CONSTRAINT "plan_signatures_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_signatures" ADD CONSTRAINT "plan_signatures_user_id_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_user_id_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_created_by_fk" FOREIGN KEY ("organization_id","created_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_revoked_by_fk" FOREIGN KEY ("organization_id","revoked_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_consents" ADD CONSTRAINT "client_consents_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_consents" ADD CONSTRAINT "client_consents_user_id_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_therapy_session_id_fk" FOREIGN KEY ("organization_id","therapy_session_id") REFERENCES "public"."therapy_sessions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_therapy_session_id_fk" FOREIGN KEY ("organization_id","therapy_session_id") REFERENCES "public"."therapy_sessions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_source_response_id_fk" FOREIGN KEY ("organization_id","source_response_id") REFERENCES "public"."measure_responses"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_acknowledged_by_fk" FOREIGN KEY ("organization_id","acknowledged_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_gas_scale_id_fk" FOREIGN KEY ("organization_id","gas_scale_id") REFERENCES "public"."gas_scales"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_therapy_session_id_fk" FOREIGN KEY ("organization_id","therapy_session_id") REFERENCES "public"."therapy_sessions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_ratings" ADD CONSTRAINT "gas_ratings_rated_by_fk" FOREIGN KEY ("organization_id","rated_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_scales" ADD CONSTRAINT "gas_scales_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_scales" ADD CONSTRAINT "gas_scales_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gas_scales" ADD CONSTRAINT "gas_scales_created_by_fk" FOREIGN KEY ("organization_id","created_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_goal_version_id_fk" FOREIGN KEY ("organization_id","goal_version_id") REFERENCES "public"."goal_versions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_therapy_session_id_fk" FOREIGN KEY ("organization_id","therapy_session_id") REFERENCES "public"."therapy_sessions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_check_in_id_fk" FOREIGN KEY ("organization_id","check_in_id") REFERENCES "public"."check_ins"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_ratings" ADD CONSTRAINT "goal_ratings_rated_by_fk" FOREIGN KEY ("organization_id","rated_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_therapy_session_id_fk" FOREIGN KEY ("organization_id","therapy_session_id") REFERENCES "public"."therapy_sessions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_check_in_id_fk" FOREIGN KEY ("organization_id","check_in_id") REFERENCES "public"."check_ins"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_goal_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_objective_id_fk" FOREIGN KEY ("organization_id","objective_id") REFERENCES "public"."objectives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_created_by_fk" FOREIGN KEY ("organization_id","created_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_ticks" ADD CONSTRAINT "objective_ticks_retracted_by_fk" FOREIGN KEY ("organization_id","retracted_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_session_revisions" ADD CONSTRAINT "therapy_session_revisions_therapy_session_id_fk" FOREIGN KEY ("organization_id","therapy_session_id") REFERENCES "public"."therapy_sessions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_session_revisions" ADD CONSTRAINT "therapy_session_revisions_edited_by_fk" FOREIGN KEY ("organization_id","edited_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_sessions" ADD CONSTRAINT "therapy_sessions_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_sessions" ADD CONSTRAINT "therapy_sessions_clinician_id_fk" FOREIGN KEY ("organization_id","clinician_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapy_sessions" ADD CONSTRAINT "therapy_sessions_created_by_fk" FOREIGN KEY ("organization_id","created_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_metrics" ADD CONSTRAINT "client_metrics_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_monthly_metrics" ADD CONSTRAINT "client_monthly_metrics_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_client_id_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_therapy_session_id_fk" FOREIGN KEY ("organization_id","therapy_session_id") REFERENCES "public"."therapy_sessions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_check_in_id_fk" FOREIGN KEY ("organization_id","check_in_id") REFERENCES "public"."check_ins"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_signals" ADD CONSTRAINT "safety_signals_received_by_fk" FOREIGN KEY ("organization_id","received_by") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "caseload_assignments_one_active_key" ON "caseload_assignments" USING btree ("organization_id","client_id") WHERE "caseload_assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "caseload_assignments_client_idx" ON "caseload_assignments" USING btree ("organization_id","client_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "client_revisions_client_version_key" ON "client_revisions" USING btree ("organization_id","client_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_portal_user_key" ON "clients" USING btree ("organization_id","portal_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_links_one_active_key" ON "supervision_links" USING btree ("organization_id","therapist_id") WHERE "supervision_links"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "formulation_versions_key" ON "formulation_versions" USING btree ("organization_id","formulation_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "formulations_client_key" ON "formulations" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "goal_versions_goal_number_key" ON "goal_versions" USING btree ("organization_id","goal_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_session_kind_key" ON "check_ins" USING btree ("organization_id","therapy_session_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "flags_client_dedupe_key" ON "flags" USING btree ("organization_id","client_id","dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "gas_ratings_session_goal_key" ON "gas_ratings" USING btree ("organization_id","therapy_session_id","goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gas_scales_goal_version_key" ON "gas_scales" USING btree ("organization_id","goal_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "goal_ratings_session_goal_side_key" ON "goal_ratings" USING btree ("organization_id","therapy_session_id","goal_id","side");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_responses_session_instrument_key" ON "measure_responses" USING btree ("organization_id","therapy_session_id","instrument");--> statement-breakpoint
CREATE UNIQUE INDEX "objective_ticks_submission_key" ON "objective_ticks" USING btree ("organization_id","submission_key");--> statement-breakpoint
CREATE UNIQUE INDEX "therapy_session_revisions_key" ON "therapy_session_revisions" USING btree ("organization_id","therapy_session_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_signals_session_kind_value_key" ON "safety_signals" USING btree ("organization_id","therapy_session_id","kind","value");
