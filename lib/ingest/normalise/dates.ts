import { cleanCell, toHalfWidth } from "./text";

/** How a file writes dates like 03/04/2024: day first or month first. */
export type DayOrder = "dmy" | "mdy";

/** A store-local moment: `day` counts days since 1970-01-01 on the store's calendar. */
export type LocalMoment = { day: number; local: string };

/**
 * `timeZone` is the store's; `fileTimeZone` is the zone the file writes
 * times without an offset in, when that is not the store's (Stripe: UTC).
 */
export type DateOptions = { timeZone: string; fileTimeZone?: string; dayOrder?: DayOrder };

const DAY_MS = 86_400_000;
// Excel's 1900 date system counts from 1899-12-30 (it believes 1900 was a leap year).
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / DAY_MS;

const isoLike =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{2}:?\d{2})?)?$/i;
const chinese =
  /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[:时](\d{2})(?:[:分](\d{2})秒?)?)?$/;
const compact = /^(\d{4})(\d{2})(\d{2})$/;
const slashed =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;
const excelSerial = /^\d{5}(?:\.\d+)?$/;
// The month by its English name, as Excel ("05-Mar-2024") and US reports ("Mar 5, 2024") write it.
const dayMonthName =
  /^(\d{1,2})[ -]([a-z]{3,9})\.?[ -](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i;
const monthNameDay =
  /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i;
const monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december"];

/**
 * Whether a date cell holds a system's zero date rather than a real one: the Unix epoch
 * (1970-01-01, or its eve where the store is west of Greenwich), Excel's and SQL Server's
 * 1900-01-01, MySQL's 0000-00-00, .NET's 0001-01-01, Excel's 1899-12-30/31. Read as dates, they
 * would make the customer's first order decades old.
 */
export function isPlaceholderDate(text: string, moment: LocalMoment | null): boolean {
  if (moment) return placeholderDays.has(moment.day);
  const year = /^(\d{4})[-/.年]/.exec(text.trim())?.[1] ?? /[-/.](\d{4})(?:\s|$)/.exec(text)?.[1];
  return year !== undefined && Number(year) < 1900;
}

const placeholderDays = new Set(
  ["1900-01-01", "1969-12-31", "1970-01-01"].map((iso) => Date.parse(iso) / DAY_MS));

/**
 * Reads a date or date-time as exports write it. A value without an offset is
 * already store-local; one with an offset is moved to the store's time zone,
 * so "2024-04-01T00:30:00+08:00" stays on 1 April in Asia/Shanghai.
 */
export function parseMoment(raw: string, options: DateOptions): LocalMoment | null {
  const canonical = readCanonical(raw, options);
  if (canonical !== undefined) return canonical;
  const text = toHalfWidth(cleanCell(raw)).replace(/\s+/g, " ");
  if (text === "") return null;

  if (excelSerial.test(text)) return fromExcelSerial(Number(text));
  let m = compact.exec(text);
  if (m) return build(+m[1], +m[2], +m[3], 0, 0, 0);
  m = chinese.exec(text);
  if (m) return build(+m[1], +m[2], +m[3], num(m[4]), num(m[5]), num(m[6]));
  m = isoLike.exec(text);
  if (m) {
    const parts = [+m[1], +m[2], +m[3], num(m[4]), num(m[5]), num(m[6])] as const;
    if (m[7]) return fromInstant(parts, m[7], options.timeZone);
    return inFileZone(build(...parts), options);
  }
  m = slashed.exec(text);
  if (m) return inFileZone(fromSlashed(m, options.dayOrder), options);
  m = dayMonthName.exec(text);
  if (m) return inFileZone(fromNamedMonth(m[2], m[1], m[3], m.slice(4)), options);
  m = monthNameDay.exec(text);
  if (m) return inFileZone(fromNamedMonth(m[1], m[2], m[3], m.slice(4)), options);
  return null;
}

/** A date whose month is named in English: "Mar", "March", "Sept"; another word is no month. */
function fromNamedMonth(name: string, day: string, year: string, time: (string | undefined)[]) {
  const lower = name.toLowerCase();
  const month = monthNames.findIndex((full) => full.startsWith(lower) ||
    (lower === "sept" && full === "september")) + 1;
  if (month === 0 || lower.length < 3) return null;
  return build(+year, month, +day, num(time[0]), num(time[1]), num(time[2]));
}

// How most order exports write a time, already store-local. Millions of rows
// write it this way, so it skips the general path's cleaning and five patterns.
const canonicalMoment = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;
const daysOfDates = new Map<string, number | null>();

/** The moment of a canonical store-local time, or undefined when the general path must read it. */
function readCanonical(raw: string, options: DateOptions): LocalMoment | null | undefined {
  if (options.fileTimeZone && options.fileTimeZone !== options.timeZone) return undefined;
  const m = canonicalMoment.exec(raw);
  if (!m) return undefined;
  let day = daysOfDates.get(m[1]);
  if (day === undefined) {
    day = isoToDay(m[1]);
    if (daysOfDates.size >= 100_000) daysOfDates.clear();
    daysOfDates.set(m[1], day);
  }
  return day === null ? null : { day, local: `${m[1]} ${m[2]}:${m[3]}:${m[4]}` };
}

/** Moves a wall-clock time written in the file's zone to the store's zone. */
function inFileZone(moment: LocalMoment | null, options: DateOptions): LocalMoment | null {
  const zone = options.fileTimeZone;
  if (!moment || !zone || zone === options.timeZone) return moment;
  const [date, time] = moment.local.split(" ");
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi, s] = time.split(":").map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const seen = zonedParts(guess, zone);
  const offset = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second) - guess;
  const local = zonedParts(guess - offset, options.timeZone);
  return build(local.year, local.month, local.day, local.hour, local.minute, local.second);
}

/** Which order a set of slashed dates must be in, or null when none tells. */
export function detectDayOrder(values: string[]): DayOrder | null {
  for (const value of values) {
    const m = slashed.exec(cleanCell(value));
    if (!m) continue;
    if (+m[1] > 12) return "dmy";
    if (+m[2] > 12) return "mdy";
  }
  return null;
}

function fromSlashed(m: RegExpExecArray, dayOrder: DayOrder | undefined) {
  const [a, b] = [+m[1], +m[2]];
  const order = a > 12 ? "dmy" : b > 12 ? "mdy" : dayOrder;
  if (!order) return null;
  let hour = num(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem === "PM" && hour < 12) hour += 12;
  if (meridiem === "AM" && hour === 12) hour = 0;
  const [month, day] = order === "dmy" ? [b, a] : [a, b];
  return build(+m[3], month, day, hour, num(m[5]), num(m[6]));
}

function fromExcelSerial(serial: number): LocalMoment | null {
  // Five-digit serials cover 1954–2173; older or later numbers are not dates.
  if (serial < 20_000 || serial >= 80_000) return null;
  const day = EXCEL_EPOCH_DAY + Math.floor(serial);
  const seconds = Math.round((serial % 1) * 86_400);
  const date = new Date(day * DAY_MS + seconds * 1000);
  return build(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

function fromInstant(
  parts: readonly [number, number, number, number, number, number],
  offset: string,
  timeZone: string,
): LocalMoment | null {
  const [y, mo, d, h, mi, s] = parts;
  if (!build(y, mo, d, h, mi, s)) return null;
  // "Z", "+0800", "-05:00", "UTC", "GMT+8:00" (no digits means UTC).
  const sign = offset.includes("-") ? -1 : 1;
  const digits = offset.replace(/[^\d]/g, "").padEnd(4, "0");
  const offsetMinutes = sign * (+digits.slice(0, 2) * 60 + +digits.slice(2, 4));
  const instant = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
  const local = zonedParts(instant, timeZone);
  return build(local.year, local.month, local.day, local.hour, local.minute, local.second);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a time zone. */
export function zonedParts(instant: number, timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const get = (type: string, parts: Intl.DateTimeFormatPart[]) =>
    Number(parts.find((p) => p.type === type)?.value);
  const parts = format.formatToParts(new Date(instant));
  return {
    year: get("year", parts),
    month: get("month", parts),
    day: get("day", parts),
    hour: get("hour", parts),
    minute: get("minute", parts),
    second: get("second", parts),
  };
}

/** The wall-clock reading of an instant in a time zone as 'YYYY-MM-DD HH:MM:SS'. */
export function zonedText(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number) {
  if (y < 1900 || y > 2199 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const local = `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
  return { day: ms / DAY_MS, local };
}

const pad = (n: number) => String(n).padStart(2, "0");
const num = (v: string | undefined) => (v ? Number(v) : 0);

/**
 * The latest day a row of a file read now can be dated: the store's tomorrow, for an export made
 * near midnight in another zone. A later date is a typo or a placeholder.
 */
export function latestFileDay(timeZone: string): number {
  const { year, month, day } = zonedParts(Date.now(), timeZone);
  return Date.UTC(year, month - 1, day) / DAY_MS + 1;
}

/** 'YYYY-MM-DD' for a day number. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number for 'YYYY-MM-DD', or null. */
export function isoToDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? (build(+m[1], +m[2], +m[3], 0, 0, 0)?.day ?? null) : null;
}
