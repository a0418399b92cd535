import type { Rate } from '@/lib/domain/metrics/figures';

/** Words and numbers for dashboard figures. "—" means no data yet, never zero. */

export function percent(rate: Rate): string {
  return rate.value === null ? '—' : `${Math.round(rate.value * 100)}%`;
}

export function ofCount(rate: Rate, noun: string): string {
  return rate.denominator === 0 ? `No ${noun} yet` : `${rate.numerator} of ${rate.denominator} ${noun}`;
}

export function decimal(value: number | null, digits = 1): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** A change with its sign: "+2.5", "−1.0" (a real minus sign), "0.0". */
export function signed(value: number | null, digits = 1): string {
  if (value === null) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
