import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Writes a measurement table to bench/results/<file> and, unless told not to, between the
 * README's `<!-- <marker>:start -->` and `<!-- <marker>:end -->` (npm run bench, npm run lighthouse).
 */
export function publishTable(file: string, table: string, marker: string, options = { readme: true }): void {
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results', file), `${table}\n`);
  if (!options.readme) return;
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  if (!readme.includes(start) || !readme.includes(end)) return;
  const before = readme.slice(0, readme.indexOf(start) + start.length);
  fs.writeFileSync(readmePath, `${before}\n${table}\n${readme.slice(readme.indexOf(end))}`);
}
