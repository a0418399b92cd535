import { expect, test } from 'vitest';
import { dateTimeFormat } from './intl';

test('the same options give the same formatter, different options a different one', () => {
  const a = dateTimeFormat({ day: 'numeric', month: 'short', timeZone: 'Europe/London' });
  expect(dateTimeFormat({ day: 'numeric', month: 'short', timeZone: 'Europe/London' })).toBe(a);
  expect(dateTimeFormat({ day: 'numeric', month: 'short', timeZone: 'Pacific/Auckland' })).not.toBe(a);
  expect(a.format(new Date('2026-03-14T12:00:00Z'))).toBe('14 Mar');
});
