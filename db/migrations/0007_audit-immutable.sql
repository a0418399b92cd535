-- Audit events are append-only (ADR 0014). The one change allowed is the sealer's: setting the
-- four seal columns once, from NULL to values, with every other column unchanged. Everything
-- else (any other UPDATE, any DELETE, TRUNCATE) raises, for superusers too. ENABLE ALWAYS makes
-- the triggers fire under session_replication_role = replica as well; only an explicit
-- ALTER TABLE ... DISABLE TRIGGER by the table owner or a superuser gets past them.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  seal_columns text[] := ARRAY['chain_position', 'prev_hash', 'row_hash', 'sealed_at'];
BEGIN
  -- Nested, not AND-ed: OLD and NEW do not exist for DELETE (NEW) and TRUNCATE (both).
  IF TG_OP = 'UPDATE' THEN
    IF OLD.chain_position IS NULL AND OLD.prev_hash IS NULL AND OLD.row_hash IS NULL AND OLD.sealed_at IS NULL
       AND NEW.chain_position IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.row_hash IS NOT NULL AND NEW.sealed_at IS NOT NULL
       AND (to_jsonb(OLD) - seal_columns) = (to_jsonb(NEW) - seal_columns)
    THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit events cannot be changed or deleted (% refused)', TG_OP
    USING ERRCODE = 'integrity_constraint_violation',
          HINT = 'The audit trail is append-only; only the sealer may set the seal columns, once.';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_append_only;
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ALWAYS TRIGGER audit_events_no_truncate;
