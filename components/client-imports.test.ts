import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * What a 'use client' module imports is shipped to every phone that opens the page. Validation
 * (zod, about 90 KB compressed) and database code run on the server only: a form takes its
 * limits and field names from zod-free modules (lib/validation/limits.ts and the like) and the
 * server action validates. This walks the import graph of every client module, the way the
 * bundler does (type-only imports are erased), and names the path to anything server-only.
 */

const root = path.resolve(import.meta.dirname, '..');
const SERVER_ONLY_PACKAGES = [
  'zod',
  'drizzle-orm',
  'pg',
  '@electric-sql/pglite',
  'next-auth',
  'server-only',
  'pg-boss',
];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const isClientModule = (file: string) => /^\s*['"]use client['"]/.test(fs.readFileSync(file, 'utf8'));

/** Import specifiers that survive compilation (not `import type`, not all-type named imports). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          clause.name === undefined &&
          bindings !== undefined &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((element) => element.isTypeOnly));
      if (!onlyTypes) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

/** The first chain of imports from `entry` to a server-only package, or null. */
function pathToServerOnly(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      // A server action module is a reference in the client bundle, not its code.
      const local = resolveLocal(file, specifier);
      if (local) {
        if (/^\s*['"]use server['"]/.test(fs.readFileSync(local, 'utf8'))) continue;
        const found = walk(local, [...chain, path.relative(root, local)]);
        if (found) return found;
      } else if (!specifier.startsWith('.') && !specifier.startsWith('@/')) {
        if (SERVER_ONLY_PACKAGES.includes(packageOf(specifier))) return [...chain, specifier];
      }
    }
    return null;
  };
  return walk(entry, [path.relative(root, entry)]);
}

const clientModules = ['app', 'components', 'lib']
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .filter(isClientModule);

describe('client modules', () => {
  it('are found (the walk sees the forms)', () => {
    const names = clientModules.map((file) => path.relative(root, file));
    expect(names).toContain('components/goals/goal-form.tsx');
    expect(names).toContain('app/(portal)/portal/check-in/before-check-in-form.tsx');
  });

  it.each(clientModules.map((file) => [path.relative(root, file), file]))(
    '%s ships no validation or database code to the browser',
    (_name, file) => {
      expect(pathToServerOnly(file)).toBeNull();
    },
  );

  it('the walk finds a server-only package through a chain of local imports', () => {
    const chain = pathToServerOnly(path.join(root, 'lib/validation/goals.ts'));
    expect(chain?.[0]).toBe('lib/validation/goals.ts');
    expect(chain?.at(-1)).toBe('zod');
  });
});
