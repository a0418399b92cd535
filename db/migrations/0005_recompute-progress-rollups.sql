-- Custom SQL migration: the progress figures' definition changed (docs/clinical-rules.md,
-- "Progress": every goal that has been in the plan counts, achieved, completed, cancelled and
-- on-hold ones included, entered-in-error excluded). Rollups are derived data (ADR 0007), so the
-- stored ones are dropped here and recomputed from the raw rows by the one definition
-- (clientMetricsFromFacts) when the database is next opened: db/client.ts calls
-- refreshMissingClientMetrics, which rebuilds every client with no client_metrics row (and
-- replaces that client's client_monthly_metrics rows). No clinical record is touched.
DELETE FROM "client_monthly_metrics";--> statement-breakpoint
DELETE FROM "client_metrics";
