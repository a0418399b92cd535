import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { acquirePgliteLock } from './pglite-lock';

// The embedded database belongs to one process (ADR 0021): a second process on the same data folder
// is refused with a message that says what to do, never allowed to lose the first one's writes.

const root = path.resolve(import.meta.dirname, '..');
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function dataFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-lock-'));
  folders.push(folder);
  return folder;
}

/** Another Node process that tries to open the embedded database in `folder`. */
function secondProcess(folder: string) {
  const script = `import { acquirePgliteLock } from ${JSON.stringify(path.join(root, 'db/pglite-lock.ts'))};
try { acquirePgliteLock(${JSON.stringify(folder)}); console.log('opened'); }
catch (error) { console.error(error.message); process.exit(3); }`;
  return spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--eval', script], {
    encoding: 'utf8',
  });
}

test('a second process is refused while the first holds the embedded database, and told why', () => {
  const folder = dataFolder();
  const release = acquirePgliteLock(folder);
  const refused = secondProcess(folder);
  expect(refused.status).toBe(3);
  expect(refused.stdout).not.toContain('opened');
  expect(refused.stderr).toContain(
    `The embedded database in ${folder} is open in another process (pid ${process.pid}). Stop that process ` +
      `first, or set DATABASE_URL to use a PostgreSQL server.`,
  );

  // Once the first process lets go, the next one opens it.
  release();
  const opened = secondProcess(folder);
  expect(opened.stdout).toContain('opened');
  expect(opened.status).toBe(0);
}, 60_000);

test('a lock left by a process that crashed is taken over', () => {
  const folder = dataFolder();
  const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  fs.writeFileSync(path.join(folder, 'accord.lock'), gone.stdout.trim());
  const release = acquirePgliteLock(folder);
  expect(fs.readFileSync(path.join(folder, 'accord.lock'), 'utf8')).toBe(String(process.pid));
  release();
  expect(fs.existsSync(path.join(folder, 'accord.lock'))).toBe(false);
});
