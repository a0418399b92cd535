import { createHash } from 'node:crypto';

/**
 * Stable ids. A resource made from one record (a client, a goal, a questionnaire) takes that
 * record's id; a resource with no record of its own (the care plan, the Observation of a total
 * score) takes a name-based UUID (version 5 layout, SHA-1 of its parts), so the same record always
 * exports to the same fullUrl and a receiving system can update rather than duplicate.
 */
export function derivedUuid(...parts: string[]): string {
  const hash = createHash('sha1')
    .update(`accord:${parts.join(':')}`, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export const fullUrl = (id: string) => `urn:uuid:${id.toLowerCase()}`;
