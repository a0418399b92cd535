import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

/*
 * The arrows run one way, app → components / lib → db: db/ (schema, driver, migrations) imports
 * nothing from lib/ but its configuration (lib/env) and types. The seed lives in lib/demo/ and
 * the upkeep after opening in lib/rollups/after-open.ts, installed through whenDatabaseOpened.
 */
test('db/ imports from lib/ only lib/env and types', () => {
  const dbFolder = import.meta.dirname;
  const offending: string[] = [];
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'migrations') visit(full);
        continue;
      }
      if (!/\.tsx?$/.test(entry.name) || entry.name.endsWith('.test.ts')) continue;
      const source = fs.readFileSync(full, 'utf8');
      for (const match of source.matchAll(/(import\s+(type\s+)?[^;]*?from\s*|import\s*\(\s*)'([^']+)'/g)) {
        const target = match[3]!;
        const resolved = target.startsWith('.')
          ? path.relative(path.dirname(dbFolder), path.resolve(path.dirname(full), target))
          : target.replace(/^@\//, '');
        if (!resolved.startsWith('lib/')) continue;
        if (resolved === 'lib/env' || match[2]) continue;
        offending.push(`${path.relative(dbFolder, full)} → ${target}`);
      }
    }
  };
  visit(dbFolder);
  expect(offending).toEqual([]);
});
