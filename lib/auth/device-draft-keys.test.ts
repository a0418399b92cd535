import { describe, expect, test } from 'vitest';
import { deriveDeviceDraftKeys } from './device-draft-keys';

const SECRET = 'x'.repeat(43);
const ROBIN = '7d0c2a3e-1111-4000-8000-000000000001';
const SAM = '7d0c2a3e-1111-4000-8000-000000000002';

describe('device draft keys', () => {
  test('the same person gets the same names and key after signing in again', () => {
    expect(deriveDeviceDraftKeys(SECRET, ROBIN)).toEqual(deriveDeviceDraftKeys(SECRET, ROBIN));
  });

  test('another person on the same phone gets other names and another key', () => {
    const robin = deriveDeviceDraftKeys(SECRET, ROBIN);
    const sam = deriveDeviceDraftKeys(SECRET, SAM);
    expect(sam.namespace).not.toBe(robin.namespace);
    expect(sam.key).not.toBe(robin.key);
  });

  test('32 hex digits that do not contain the id, and a 256-bit key', () => {
    const { namespace, key } = deriveDeviceDraftKeys(SECRET, ROBIN);
    expect(namespace).toMatch(/^[0-9a-f]{32}$/);
    expect(namespace).not.toContain(ROBIN.replaceAll('-', '').slice(0, 8));
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(key).not.toBe(namespace);
  });

  test('another secret (another installation) gives other names', () => {
    expect(deriveDeviceDraftKeys('y'.repeat(43), ROBIN).namespace).not.toBe(
      deriveDeviceDraftKeys(SECRET, ROBIN).namespace,
    );
  });
});
