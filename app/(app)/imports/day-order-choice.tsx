"use client";

import { fill, type Locale, type Messages } from "@/lib/i18n/locales";

type DayOrder = "dmy" | "mdy";

/**
 * Day first or month first, asked with one of the file's own dates and what each answer makes of
 * it ("05.03.2026": 5 March 2026, or May 3, 2026), rather than a made-up example.
 */
export function DayOrderChoice({ t, locale, example, chosen, onChange }: {
  t: Messages["imports"]["preview"];
  locale: Locale;
  example: string;
  chosen: DayOrder | "ask" | null;
  onChange: (order: DayOrder) => void;
}) {
  const [first, second, year] = example.split(/[/.-]/).map(Number);
  const long = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const reading = (month: number, day: number) => long.format(Date.UTC(year, month - 1, day));
  const dates: Record<DayOrder, string> =
    { dmy: reading(second, first), mdy: reading(first, second) };
  return (
    <fieldset className="text-sm" data-testid="day-order">
      <legend className="mb-1 font-medium text-slate-700">{fill(t.dayOrder, { example })}</legend>
      {(["dmy", "mdy"] as const).map((order) => (
        <label key={order} className="mr-4">
          <input type="radio" name="dayOrder" checked={chosen === order}
            onChange={() => onChange(order)} />{" "}
          {fill(t.dayOrderReadings[order], { date: dates[order] })}
        </label>
      ))}
    </fieldset>
  );
}
