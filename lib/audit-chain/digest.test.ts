import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { auditRowHash, CHAIN_START, type AuditRowContent } from './digest';

const row: AuditRowContent = {
  id: '6f1c1f38-3f0e-4c55-9d55-2d7b1d5c2a10',
  organizationId: '0b6c9f66-9d2a-4d59-a3c4-5e8d3f0b7e21',
  seq: '42',
  actorUserId: null,
  actorRole: 'therapist',
  action: 'client.read',
  entityType: 'client',
  entityId: 'c1',
  outcome: 'allowed',
  requestId: 'r1',
  details: '{"page": 1}',
  atMicros: '1796212800000000',
};

describe('auditRowHash', () => {
  test('is the SHA-256 of the previous hash, the position and the row content as one JSON array', () => {
    const expected = createHash('sha256')
      .update(
        JSON.stringify([
          '',
          '1',
          row.id,
          row.organizationId,
          '42',
          null,
          'therapist',
          'client.read',
          'client',
          'c1',
          'allowed',
          'r1',
          '{"page": 1}',
          '1796212800000000',
        ]),
      )
      .digest('hex');
    expect(auditRowHash(CHAIN_START, 1, row)).toBe(expected);
  });

  test('changes when any hashed field, the position or the previous hash changes', () => {
    const base = auditRowHash('abc', 3, row);
    const variants = (Object.keys(row) as (keyof AuditRowContent)[]).map((key) =>
      auditRowHash('abc', 3, { ...row, [key]: `${row[key] ?? ''}x` }),
    );
    variants.push(auditRowHash('abd', 3, row), auditRowHash('abc', 4, row));
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  test('tells a null from the text "null" and an empty string', () => {
    const hashes = [null, 'null', ''].map((actorUserId) => auditRowHash('', 1, { ...row, actorUserId }));
    expect(new Set(hashes).size).toBe(3);
  });
});
