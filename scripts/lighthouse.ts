/**
 * `npm run lighthouse`: Lighthouse (mobile preset: a mid-range phone, slow 4G, 4× CPU slowdown)
 * on the sign-in page, every page of the client portal (as the demo client Jordan Ellis) and the
 * caseload (as the demo therapist Sam Whitfield). Each page is measured LIGHTHOUSE_RUNS times
 * (default 3) and the median run (by performance score) is reported. Prints one table and
 * writes it to bench/results/lighthouse.md. Never used as a test: scores depend on the machine.
 *
 * Serves the production build (built first if stale) on the embedded database with a fresh
 * demo clinic in a temporary folder, on LIGHTHOUSE_PORT (default 3500); or measures a running
 * server at LIGHTHOUSE_URL (signed in with the demo accounts). Chrome: CHROME_PATH (default
 * Debian's /usr/bin/chromium).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureLatency } from '../bench/http';
import { publishTable } from '../bench/publish';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** LIGHTHOUSE_PAGES="home,check": only pages whose label contains one of these (a quick look, not for the README). */
const ONLY = process.env.LIGHTHOUSE_PAGES?.toLowerCase().split(',').filter(Boolean);
/** Sequential requests per page for the server's own p50 / p95 on the embedded database. */
const SERVER_REQUESTS = Number(process.env.LIGHTHOUSE_SERVER_REQUESTS ?? 50);
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3500);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'accord-demo-2026';
const CLIENT = 'jordan.ellis@client.example';
const THERAPIST = 'sam.whitfield@riverside.example';

interface Page {
  label: string;
  path: string;
  as: 'anonymous' | 'client' | 'therapist';
}

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  scriptKb: number;
}

async function startServer(): Promise<{ baseUrl: string; startSeconds: number; stop: () => void }> {
  if (process.env.LIGHTHOUSE_URL)
    return { baseUrl: process.env.LIGHTHOUSE_URL.replace(/\/+$/, ''), startSeconds: NaN, stop: () => {} };
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-if-stale.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('build failed');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-lighthouse-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(PORT),
    ACCORD_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(PORT)],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://localhost:${PORT}`;
  const started = Date.now();
  const deadline = started + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      // The sign-in page answers once the embedded database is migrated and the demo seeded.
      if ((await fetch(`${baseUrl}/sign-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const startSeconds = (Date.now() - started) / 1000;
  console.log(`Server up (fresh embedded database, demo seeded) in ${startSeconds.toFixed(1)} s`);
  return {
    baseUrl,
    startSeconds,
    stop: () => {
      child.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The cookies a response sets, the last of each name winning (as a browser keeps them). */
function cookiesOf(response: Response): string[] {
  const byName = new Map<string, string>();
  for (const cookie of response.headers.getSetCookie()) {
    const pair = cookie.split(';')[0]!;
    byName.set(pair.split('=')[0]!, pair);
  }
  return [...byName.values()];
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does; returns the Cookie header. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  // A kept-alive connection the server closed while Lighthouse ran fails once: try again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await signInOnce(baseUrl, email);
    } catch (error) {
      if (attempt === 3 || !(error instanceof TypeError)) throw error;
    }
  }
}

async function signInOnce(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken }).toString(),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes('session-token=') && !cookie.endsWith('='));
  if (!session)
    throw new Error(`could not sign in as ${email} (HTTP ${response.status} to ${response.headers.get('location')})`);
  return session;
}

function runLighthouse(url: string, cookie: string | null): Run {
  const outFile = path.join(os.tmpdir(), `accord-lighthouse-${process.pid}.json`);
  const args = [
    path.join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outFile}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-path=${CHROME}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, CHROME_PATH: CHROME },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}:\n${result.stderr}`);
  const report = JSON.parse(fs.readFileSync(outFile, 'utf8')) as {
    finalDisplayedUrl: string;
    categories: Record<string, { score: number | null }>;
    audits: Record<
      string,
      { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }
    >;
  };
  fs.rmSync(outFile, { force: true });
  if (new URL(report.finalDisplayedUrl).pathname !== new URL(url).pathname)
    throw new Error(`${url} ended at ${report.finalDisplayedUrl} (not signed in?)`);
  const score = (key: string) => Math.round((report.categories[key]?.score ?? 0) * 100);
  const metric = (key: string) => report.audits[key]?.numericValue ?? NaN;
  const scripts = (report.audits['resource-summary']?.details?.items ?? []).find(
    (item) => item.resourceType === 'script',
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    scriptKb: (scripts?.transferSize ?? 0) / 1024,
  };
}

function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function portalPages(baseUrl: string, cookie: string): Promise<Page[]> {
  const goals = await (await fetch(`${baseUrl}/portal/goals`, { headers: { cookie } })).text();
  const goalId = /\/portal\/goals\/([0-9a-f-]{36})/.exec(goals)?.[1];
  return [
    { label: 'Portal: home', path: '/portal', as: 'client' },
    { label: 'Portal: my goals', path: '/portal/goals', as: 'client' },
    ...(goalId ? [{ label: 'Portal: one goal', path: `/portal/goals/${goalId}`, as: 'client' as const }] : []),
    { label: 'Portal: suggest a goal', path: '/portal/goals/new', as: 'client' },
    { label: 'Portal: brainstorm', path: '/portal/brainstorm', as: 'client' },
    { label: 'Portal: my plan', path: '/portal/plan', as: 'client' },
    { label: 'Portal: check in', path: '/portal/check-in', as: 'client' },
    { label: 'Portal: steps', path: '/portal/steps', as: 'client' },
    { label: 'Portal: progress', path: '/portal/progress', as: 'client' },
  ];
}

const ms = (value: number) => (Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : '—');

/** Server time of a page on the embedded database: sequential requests, as one person clicking through. */
async function serverLatency(url: string, cookie: string | null): Promise<{ p50: number; p95: number }> {
  const latency = await measureLatency(url, cookie ?? '', SERVER_REQUESTS, 5);
  if ([...latency.statuses].some((status) => status !== 200))
    throw new Error(`${url} answered ${[...latency.statuses].join(', ')}`);
  return latency;
}

async function main() {
  const server = await startServer();
  try {
    const { baseUrl } = server;
    const allPages: Page[] = [
      { label: 'Sign-in', path: '/sign-in', as: 'anonymous' },
      ...(await portalPages(baseUrl, await signIn(baseUrl, CLIENT))),
      { label: 'Caseload (therapist)', path: '/caseload', as: 'therapist' },
    ];
    const pages = allPages.filter((page) => !ONLY || ONLY.some((word) => page.label.toLowerCase().includes(word)));
    // Server timings first, back to back: a connection left idle while Lighthouse runs is closed by the server.
    const timings = new Map<string, { p50: number; p95: number }>();
    for (const page of pages) {
      const cookie = page.as === 'anonymous' ? null : await signIn(baseUrl, page.as === 'client' ? CLIENT : THERAPIST);
      timings.set(page.path, await serverLatency(`${baseUrl}${page.path}`, cookie));
    }
    const rows: string[] = [];
    for (const page of pages) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        // A fresh sign-in per run: the header Lighthouse sends is fixed, and a sign-in lapses when idle.
        const cookie =
          page.as === 'anonymous' ? null : await signIn(baseUrl, page.as === 'client' ? CLIENT : THERAPIST);
        runs.push(runLighthouse(`${baseUrl}${page.path}`, cookie));
      }
      const m = median(runs);
      const timing = timings.get(page.path)!;
      const row = [
        page.label,
        `${m.performance} (${runs.map((r) => r.performance).join(', ')})`,
        m.accessibility,
        m.bestPractices,
        ms(m.fcp),
        ms(m.lcp),
        `${Math.round(m.tbt)} ms`,
        m.cls.toFixed(3),
        `${m.scriptKb.toFixed(0)} KB`,
        `${timing.p50.toFixed(0)} / ${timing.p95.toFixed(0)} ms`,
      ].join(' | ');
      console.log(`| ${row} |`);
      rows.push(`| ${row} |`);
    }
    const table = [
      `Lighthouse 12.2.3, mobile preset, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
        `${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end, ` +
        `median of ${RUNS} run${RUNS === 1 ? '' : 's'} per page (all runs' performance scores in brackets), ` +
        `production build on the embedded database (PGlite) with the demo clinic. ` +
        'First start (build present, fresh data folder) until the sign-in page answered: ' +
        `${server.startSeconds.toFixed(1)} s. ` +
        `Server p50 / p95: ${SERVER_REQUESTS} sequential requests per page after 5 to warm up, on the same server.`,
      '',
      '| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS | JS transferred | server p50 / p95 |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
    console.log(`\n${table}`);
    if (!ONLY) publishTable('lighthouse.md', table, 'lighthouse');
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
