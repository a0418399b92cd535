/**
 * Intl formatters are expensive to build (tens to hundreds of microseconds each, more with a
 * time zone) and cheap to reuse: a table of 25 rows building two per row cost a dashboard
 * render ~10 ms. Every date format in the app goes through this cache: the display formats in
 * components/ui/format.ts and the calendar and wall-clock conversions beside it in lib/time/.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale = 'en-GB'): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
