import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema and committed; the same SQL runs on PostgreSQL and PGlite.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  strict: true,
  verbose: true,
});
