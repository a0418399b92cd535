import type { Bundle } from '@medplum/fhirtypes';

/**
 * Every `reference` in the Bundle's resources that does not name an entry's fullUrl (or, for
 * "#id", a resource contained in the same resource). An empty list means the Bundle stands on
 * its own: a receiving system needs nothing outside it.
 */
export function unresolvedReferences(bundle: Bundle): string[] {
  const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
  const missing: string[] = [];
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource as unknown as { contained?: { id?: string }[] } | undefined;
    const containedIds = new Set((resource?.contained ?? []).map((r) => `#${r.id ?? ''}`));
    for (const reference of referencesIn(resource)) {
      if (reference.startsWith('#') ? !containedIds.has(reference) : !fullUrls.has(reference)) missing.push(reference);
    }
  }
  return missing;
}

/** The `reference` strings anywhere inside a value. */
export function referencesIn(value: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'reference' && typeof child === 'string') found.push(child);
        else walk(child);
      }
    }
  };
  walk(value);
  return found;
}
