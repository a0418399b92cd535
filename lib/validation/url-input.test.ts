import { describe, expect, test } from 'vitest';
import { auditableId, checkQuery, isRecordId, isSafeUrlValue, unsafeQueryKeys, URL_VALUE_MAX } from './url-input';

describe('values from the address (ADR 13)', () => {
  test.each([
    ['NUL', '\u0000'],
    ['NUL inside a search', 'sam\u0000'],
    ['a line break', 'a\nb'],
    ['DEL', '\u007f'],
    ['a C1 control', '\u0085'],
    ['a lone surrogate', '\ud800x'],
    ['a right-to-left override', 'abc\u202e'],
    ['a zero-width space', '\u200b=1'],
    ['201 characters', 'x'.repeat(URL_VALUE_MAX + 1)],
  ])('%s is not usable', (_kind, value) => {
    expect(isSafeUrlValue(value)).toBe(false);
  });

  test.each(['', 'sam', 'Zoë O’Connor', 'می\u200Cخواهم', '👩\u200D💻', 'x'.repeat(URL_VALUE_MAX)])(
    '%j is usable',
    (value) => {
      expect(isSafeUrlValue(value)).toBe(true);
    },
  );

  test('record ids are UUIDs; anything else (3,000 characters, NUL) is not', () => {
    expect(isRecordId('0b5e3a52-4f4c-4f0e-9a51-0d4f5b2f8c11')).toBe(true);
    expect(isRecordId('a'.repeat(3000))).toBe(false);
    expect(isRecordId('\u0000')).toBe(false);
    expect(isRecordId('0b5e3a52-4f4c-4f0e-9a51-0d4f5b2f8c1')).toBe(false);
    expect(isRecordId(undefined)).toBe(false);
  });

  test('a malformed id is not copied into the audit log', () => {
    expect(auditableId('0b5e3a52-4f4c-4f0e-9a51-0d4f5b2f8c11')).toBe('0b5e3a52-4f4c-4f0e-9a51-0d4f5b2f8c11');
    expect(auditableId('\u0000')).toBeNull();
    expect(auditableId('a'.repeat(3000))).toBeNull();
  });

  test('checkQuery keeps safe values of known keys and names the ignored ones', () => {
    const checked = checkQuery(
      { q: 'sam\u0000', filter: 'flagged', sort: ['name', 'clarity'], page: '2', other: '\u0000' },
      ['q', 'filter', 'sort', 'dir', 'page'],
    );
    expect(checked).toEqual({ values: { filter: 'flagged', page: '2' }, ignored: ['q', 'sort'] });
  });

  test('checkQuery reads URLSearchParams the same way', () => {
    const checked = checkQuery(new URLSearchParams('q=%00&q=x&filter=all&page=%E2%80%AE1'), ['q', 'filter', 'page']);
    expect(checked).toEqual({ values: { filter: 'all' }, ignored: ['q', 'page'] });
  });

  test('unsafeQueryKeys looks at every key, known or not, and at the keys themselves', () => {
    expect(unsafeQueryKeys(new URLSearchParams('q=ok&x=%00&%00=1'))).toEqual(['x', '\u0000']);
    expect(unsafeQueryKeys(new URLSearchParams('q=ok&filter=all'))).toEqual([]);
  });
});
