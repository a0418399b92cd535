#!/usr/bin/env node
// `npm test`: every suite, in order, with one total at the end.
//   typecheck · lint · unit + integration (vitest) · end-to-end (Playwright, production build)
//   · the cluster journey (the same build, two instances behind HAProxy and PgBouncer, ADR 0021)
// Typecheck and lint count as one check each. Suites run even after an earlier one fails, so
// one run shows everything that is wrong. The last line is `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0 };
const rows = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function record(label, passed, failed, seconds) {
  totals.passed += passed;
  totals.failed += failed;
  rows.push(
    `${label.padEnd(22)} ${String(passed).padStart(5)} passed ${String(failed).padStart(4)} failed  (${seconds}s)`,
  );
}

function gate(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  record(label, ok ? 1 : 0, ok ? 0 : 1, seconds);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** One Playwright suite, counted from its JSON report. */
function playwright(label, report, args) {
  const file = path.join(results, report);
  fs.rmSync(file, { force: true });
  const { ok, seconds } = run(label, bin('playwright'), ['test', ...args]);
  const stats = readJson(file)?.stats;
  const passed = stats ? stats.expected + stats.flaky : 0;
  const failed = stats ? stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1) : 1;
  record(label, passed, failed, seconds);
}

gate('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
gate('lint', bin('eslint'), ['.', '--max-warnings=0']);

{
  const file = path.join(results, 'vitest.json');
  fs.rmSync(file, { force: true });
  const { ok, seconds } = run('unit + integration', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file);
  const failed = report ? report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1) : 1;
  record('unit + integration', report?.numPassedTests ?? 0, failed, seconds);
}

{
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    console.error(
      `\n=== end-to-end ===\nNo Chromium at ${chromium}. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
    record('end-to-end', 0, 1, '0.0');
  } else {
    const build = run('production build', process.execPath, [
      path.join(root, 'node_modules/next/dist/bin/next'),
      'build',
    ]);
    if (!build.ok) {
      record('end-to-end (build)', 0, 1, build.seconds);
    } else {
      playwright('end-to-end', 'e2e-results.json', []);
      // The cluster journey reuses the build above. It needs PostgreSQL and Debian's haproxy and
      // pgbouncer, which .ci/run provides; elsewhere it runs whenever they are there.
      const tools = ['/usr/sbin/haproxy', '/usr/sbin/pgbouncer'].filter(
        (file) => !fs.existsSync(process.env[`${path.basename(file).toUpperCase()}_PATH`] ?? file),
      );
      if (!process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL) {
        console.log(
          '\n=== cluster end-to-end ===\nNot run: PgBouncer pools a PostgreSQL server; set TEST_DATABASE_URL (.ci/run does).',
        );
      } else if (tools.length === 0) {
        playwright('cluster end-to-end', 'e2e-cluster-results.json', ['-c', 'playwright.cluster.config.ts']);
      } else if (process.env.CI) {
        console.error(
          `\n=== cluster end-to-end ===\nNot installed: ${tools.join(', ')} (apt-get install -y haproxy pgbouncer).`,
        );
        record('cluster end-to-end', 0, 1, '0.0');
      } else {
        console.log(
          `\n=== cluster end-to-end ===\nNot run: ${tools.join(', ')} not installed (apt-get install -y haproxy pgbouncer; .ci/run does).`,
        );
      }
    }
  }
}

const summary = `tests: ${totals.passed} passed, ${totals.failed} failed`;
fs.writeFileSync(path.join(results, 'summary.txt'), `${summary}\n`);
console.log(`\n=== summary ===\n${rows.join('\n')}\n${summary}`);
process.exit(totals.failed === 0 ? 0 : 1);
