import fs from 'node:fs';
import path from 'node:path';

/**
 * Every page and route handler under app/, as its address pattern ("/clients/[clientId]/plan"):
 * route groups such as "(staff)" are not part of the address. The route tables use it to prove
 * that no page was added without a row.
 */
export function appRoutePatterns(appDir = path.join(process.cwd(), 'app')): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'page.tsx' || entry.name === 'route.ts') {
        const route = path
          .relative(appDir, path.dirname(full))
          .split(path.sep)
          .filter((segment) => segment && !segment.startsWith('('))
          .join('/');
        found.push(`/${route}`);
      }
    }
  };
  walk(appDir);
  return found;
}

/** The patterns a table of rows leaves out (a row's pattern may carry a note in brackets: "/x (B)"). */
export function routesWithoutRow(rows: readonly { pattern: string }[]): string[] {
  const covered = new Set(rows.map((row) => row.pattern.replace(/ \(.*\)$/, '')));
  return appRoutePatterns().filter((route) => !covered.has(route));
}
