#!/usr/bin/env node
// `npm start`: builds the app when the sources are newer than the last build, then serves it
// (embedded database and demo clinic unless DATABASE_URL is set). Honours PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-if-stale.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const port = process.env.PORT || '3000';
// PORT also tells the embedded demo which address to put in its links (http://localhost:<PORT>).
const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
