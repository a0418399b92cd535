import { calendarDateIn, toIsoMonth } from '@/lib/time/local-date';

/**
 * Month-by-month trends. Months follow the organisation's IANA time zone: a check-in at
 * 09:00 on 1 February in Auckland belongs to February even though it is 31 January in UTC.
 * Months with no items are absent; a chart fills its own gaps.
 */

/** 'YYYY-MM' of an instant on the organisation's calendar. */
export function monthOf(instant: Date, timeZone: string): string {
  return toIsoMonth(calendarDateIn(instant, timeZone));
}

export interface MonthBucket<TItem> {
  readonly month: string;
  readonly items: readonly TItem[];
}

/** Groups items by calendar month, oldest month first; items keep their order within a month. */
export function bucketByMonth<TItem>(
  items: readonly TItem[],
  dateOf: (item: TItem) => Date,
  timeZone: string,
): MonthBucket<TItem>[] {
  const byMonth = new Map<string, TItem[]>();
  for (const item of items) {
    const month = monthOf(dateOf(item), timeZone);
    const bucket = byMonth.get(month);
    if (bucket === undefined) byMonth.set(month, [item]);
    else bucket.push(item);
  }
  return [...byMonth]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([month, bucketItems]) => ({ month, items: bucketItems }));
}

/**
 * Applies one metric definition to each month's items, e.g.
 * `monthlyTrend(checkIns, (c) => c.startsAt, zone, ratedRegularly)`.
 */
export function monthlyTrend<TItem, TFigure>(
  items: readonly TItem[],
  dateOf: (item: TItem) => Date,
  timeZone: string,
  metric: (monthItems: readonly TItem[]) => TFigure,
): { readonly month: string; readonly figure: TFigure }[] {
  return bucketByMonth(items, dateOf, timeZone).map(({ month, items: monthItems }) => ({
    month,
    figure: metric(monthItems),
  }));
}
