import fs from 'node:fs';
import path from 'node:path';

/*
 * What the fuzzer knows about the forms without being told: every field name, enum option and
 * literal found in the zod schemas exported from lib/validation. A new form's fields join the
 * vocabulary automatically, so its data function is fuzzed with its own field names.
 */

export interface Vocabulary {
  keys: string[];
  words: string[];
}

type Node = { _zod?: { def?: Record<string, unknown> }; shape?: Record<string, unknown> };

function walk(node: unknown, keys: Set<string>, words: Set<string>, seen: Set<unknown>, depth: number): void {
  if (!node || typeof node !== 'object' || seen.has(node) || depth > 12) return;
  seen.add(node);
  const zodNode = node as Node;
  const def = zodNode._zod?.def;
  if (!def) return;
  if (def.type === 'object' && def.shape && typeof def.shape === 'object') {
    for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
      keys.add(key);
      walk(child, keys, words, seen, depth + 1);
    }
  }
  if (def.type === 'enum' && def.entries && typeof def.entries === 'object') {
    for (const value of Object.values(def.entries as Record<string, unknown>))
      if (typeof value === 'string') words.add(value);
  }
  if (def.type === 'literal' && Array.isArray(def.values)) {
    for (const value of def.values as unknown[]) if (typeof value === 'string') words.add(value);
  }
  for (const field of ['innerType', 'in', 'out', 'element', 'schema', 'left', 'right', 'valueType', 'keyType'])
    walk(def[field], keys, words, seen, depth + 1);
  if (Array.isArray(def.options))
    for (const option of def.options as unknown[]) walk(option, keys, words, seen, depth + 1);
  if (Array.isArray(def.items)) for (const item of def.items as unknown[]) walk(item, keys, words, seen, depth + 1);
}

export async function loadVocabulary(root: string): Promise<Vocabulary> {
  const keys = new Set<string>();
  const words = new Set<string>();
  const seen = new Set<unknown>();
  const folder = path.join(root, 'lib/validation');
  for (const file of fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()) {
    const exports = (await import(/* @vite-ignore */ path.join(folder, file))) as Record<string, unknown>;
    for (const value of Object.values(exports)) walk(value, keys, words, seen, 0);
  }
  return { keys: [...keys].sort(), words: [...words].sort() };
}
