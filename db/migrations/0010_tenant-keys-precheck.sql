-- Custom SQL migration, run before `tenant_keys` (ADR 0020). That migration turns every foreign
-- key between tenant tables into (organization_id, x_id) → (organization_id, id). Adding such a
-- key fails on a row that points at a record of another organisation; such a row can only come
-- from a bug or a hand edit, and the right repair is a person's decision, not a guess. So this
-- step changes nothing: it looks at every single-column foreign key whose two tables both carry
-- organization_id, and stops the upgrade with the tables, columns and counts to look at (no
-- clinical content), before any key is dropped. On PostgreSQL the migrations run in one
-- transaction, so a stop leaves the database as it was.
DO $$
DECLARE
  fk record;
  found bigint;
  report text := '';
BEGIN
  FOR fk IN
    SELECT c.conrelid::regclass AS child, a.attname AS child_column, c.confrelid::regclass AS parent, pa.attname AS parent_column
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
    WHERE c.contype = 'f'
      AND c.connamespace = 'public'::regnamespace
      AND array_length(c.conkey, 1) = 1
      AND a.attname <> 'organization_id'
      AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.conrelid AND x.attname = 'organization_id' AND NOT x.attisdropped)
      AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.confrelid AND x.attname = 'organization_id' AND NOT x.attisdropped)
    ORDER BY 1, 2
  LOOP
    EXECUTE format(
      'SELECT count(*) FROM %s child JOIN %s parent ON parent.%I = child.%I WHERE parent.organization_id <> child.organization_id',
      fk.child, fk.parent, fk.parent_column, fk.child_column
    ) INTO found;
    IF found > 0 THEN
      report := report || format(E'\n  %s.%s → %s: %s rows', fk.child, fk.child_column, fk.parent, found);
    END IF;
  END LOOP;
  IF report <> '' THEN
    RAISE EXCEPTION 'Rows point at records of another organisation; fix them before upgrading (ADR 0020):%', report
      USING ERRCODE = 'foreign_key_violation';
  END IF;
END;
$$;
