// Dates as the engine sends them (RFC 3339 or `YYYY-MM-DD`), shown in the user's locale.

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse an engine date; a bare `YYYY-MM-DD` is a calendar day (UTC midnight). */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const day = DAY_ONLY.exec(value);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dayFormatUtc = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "12 Mar 2025" (in the user's locale); the raw value when it cannot be parsed. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = parseDate(value);
  if (!date) return value;
  return (DAY_ONLY.test(value) ? dayFormatUtc : dayFormat).format(date);
}

/** The machine-readable form for `<time datetime>`. */
export function isoDay(value: string): string {
  const date = parseDate(value);
  return date ? date.toISOString().slice(0, 10) : value;
}
