import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { encode } from 'next-auth/jwt';
import type { SessionClaims } from '@/lib/auth/claims';

const root = path.resolve(import.meta.dirname, '..');
/** The cookie Auth.js uses over plain http (the benchmark server is on loopback). */
export const SESSION_COOKIE = 'authjs.session-token';

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** CPU time (user + system) the server and its child processes have used so far, in ms. */
  cpuMs(): number;
  /** Peak resident memory seen so far, in MB (sampled every 100 ms, and the kernel's high-water mark). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process and its live descendants (`next start` may run the server in a child), in ms. */
function processTreeCpuMs(rootPid: number): number {
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start at state: ppid is 4th, utime 14th, stime 15th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while listing
    }
  }
  let ticks = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, stat] of stats) if (stat.parent === pid) pending.push(child);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Starts the production build (`next start`) against the given database. */
export async function startServer(port: number, env: Record<string, string>): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid!;
  let peakKb = readStatusKb(pid, 'VmRSS');
  const sampler = setInterval(() => {
    peakKb = Math.max(peakKb, readStatusKb(pid, 'VmRSS'));
  }, 100);
  return {
    baseUrl,
    pid,
    cpuMs: () => processTreeCpuMs(pid),
    peakRssMb: () => Math.max(peakKb, readStatusKb(pid, 'VmHWM')) / 1024,
    stop: async () => {
      clearInterval(sampler);
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** A session cookie for a person, exactly as Auth.js would issue it after sign-in. */
export async function sessionCookie(
  secret: string,
  person: { id: string; organizationId: string; role: SessionClaims['role'] },
): Promise<string> {
  const now = Date.now();
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    token: {
      sub: person.id,
      userId: person.id,
      organizationId: person.organizationId,
      role: person.role,
      sessionVersion: 1,
      sessionId: crypto.randomUUID(),
      authTime: now,
      lastActivity: now,
    },
  });
  return `${SESSION_COOKIE}=${token}`;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** Requests sent before the timed ones (caches, JIT). */
export const LATENCY_WARMUP = 10;

/** Sequential requests (after a warm-up): the latency a person sees, without queueing. */
export async function measureLatency(
  url: string,
  cookie: string,
  count: number,
  warmup = LATENCY_WARMUP,
): Promise<{ p50: number; p95: number; statuses: Set<number> }> {
  const timings: number[] = [];
  const statuses = new Set<number>();
  for (let i = 0; i < warmup + count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    statuses.add(response.status);
    if (i >= warmup) timings.push(elapsed);
  }
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), statuses };
}

/** Load at a fixed number of connections for a fixed time: requests per second and errors. */
export async function measureThroughput(
  url: string,
  cookie: string,
  connections: number,
  seconds: number,
  timeoutSeconds = 10,
): Promise<{ requestsPerSecond: number; errors: number; non2xx: number; total: number }> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: timeoutSeconds,
    headers: { cookie },
  });
  return {
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
