import fs from 'node:fs';
import path from 'node:path';

/*
 * Every data function people can reach (pages, actions, route handlers all go through lib/data),
 * found by importing each public lib/data module, as the authorisation matrix does: a new
 * exported function is fuzzed without editing the test. Helpers called only by other data
 * functions live in lib/data/internal/ (which app/ and components/ may not import) and are left
 * out; the folder is the list.
 */

/** The public data modules: the files directly in lib/data (not lib/data/internal/), by name. */
export function publicDataModules(root: string): { name: string; file: string }[] {
  const folder = path.join(root, 'lib/data');
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => entry.name)
    .sort()
    .map((file) => ({ name: file.replace(/\.ts$/, ''), file: path.join(folder, file) }));
}

export interface DataFunction {
  /** module.export, e.g. "clients.updateClientProfile". */
  name: string;
  fn: (...args: unknown[]) => Promise<unknown>;
  /** Parameter names as declared (defaults dropped): they pick each argument's arbitrary. */
  params: string[];
}

/** The parameter names of a function, read from its source text. */
export function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const open = source.indexOf('(');
  let depth = 0;
  let close = open;
  for (let i = open; i < source.length; i++) {
    if ('([{'.includes(source[i]!)) depth++;
    if (')]}'.includes(source[i]!)) depth--;
    if (depth === 0) {
      close = i;
      break;
    }
  }
  const list = source.slice(open + 1, close);
  const names: string[] = [];
  let current = '';
  depth = 0;
  for (const char of list) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += char;
  }
  names.push(current);
  return names.map((p) => p.split('=')[0]!.trim()).filter((p) => p.length > 0);
}

export async function loadDataFunctions(root: string): Promise<DataFunction[]> {
  const found: DataFunction[] = [];
  for (const { name: moduleName, file } of publicDataModules(root)) {
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      if (typeof value !== 'function') continue;
      const fn = value as (...args: unknown[]) => Promise<unknown>;
      found.push({ name: `${moduleName}.${exported}`, fn, params: parameterNames(fn) });
    }
  }
  return found;
}

/**
 * Every data function that app/ (server actions, pages with route parameters, route handlers)
 * imports, as "module.export": the fuzz test checks each one is among those it fuzzes.
 */
export function dataFunctionsImportedByApp(root: string): string[] {
  const found = new Set<string>();
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(ts|tsx)$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        for (const match of source.matchAll(/import\s*\{([^}]+)\}\s*from\s*'@\/lib\/data\/([a-z-]+)'/g)) {
          for (const part of match[1]!.split(',')) {
            const name = part
              .trim()
              .split(/\s+as\s+/)[0]!
              .trim();
            if (name && !name.startsWith('type ')) found.add(`${match[2]}.${name}`);
          }
        }
      }
    }
  };
  visit(path.join(root, 'app'));
  return [...found].sort();
}
