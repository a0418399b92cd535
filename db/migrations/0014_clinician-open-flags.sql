ALTER TABLE "clinician_metrics" ADD COLUMN "open_risk_flags" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinician_metrics" ADD COLUMN "clients_with_open_risk" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinician_metrics" ADD COLUMN "open_not_on_track_flags" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinician_metrics" ADD COLUMN "open_alliance_flags" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: the open flags of each clinician's active caseload (active assignment, client not archived), as the team query counted them live.
UPDATE "clinician_metrics" cm SET
	"open_risk_flags" = f.open_risk_flags,
	"clients_with_open_risk" = f.clients_with_open_risk,
	"open_not_on_track_flags" = f.open_not_on_track_flags,
	"open_alliance_flags" = f.open_alliance_flags
FROM (
	SELECT a.organization_id, a.clinician_id,
		(count(*) FILTER (WHERE fl.kind = 'risk'))::int AS open_risk_flags,
		(count(DISTINCT fl.client_id) FILTER (WHERE fl.kind = 'risk'))::int AS clients_with_open_risk,
		(count(*) FILTER (WHERE fl.kind = 'not-on-track'))::int AS open_not_on_track_flags,
		(count(*) FILTER (WHERE fl.kind = 'alliance'))::int AS open_alliance_flags
	FROM "caseload_assignments" a
	JOIN "clients" c ON c.organization_id = a.organization_id AND c.id = a.client_id AND c.archived_at IS NULL
	JOIN "flags" fl ON fl.organization_id = c.organization_id AND fl.client_id = c.id AND fl.acknowledged_at IS NULL
	WHERE a.ended_at IS NULL
	GROUP BY a.organization_id, a.clinician_id
) f
WHERE cm.organization_id = f.organization_id AND cm.clinician_id = f.clinician_id;
