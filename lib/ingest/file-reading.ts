import type { CountryCode } from "libphonenumber-js";

import { filePhoneRegion } from "./file-phone-region";
import { latestFileDay } from "./normalise/dates";
import type { ImportPlan } from "./plan-import";

/**
 * What a file's values are read with besides its mapping, decided once from its first rows: the
 * store's time zone, the file's day order and decimal mark (none while asked), its phone region,
 * and the latest day a row can be dated. The preview and the import both take it from
 * here, so what "Read as" shows is what is stored.
 */
export function fileReading(
  plan: ImportPlan,
  saidPhoneRegion: string | undefined,
  general: { timeZone: string; phoneRegion: string },
) {
  return {
    timeZone: general.timeZone,
    dayOrder: plan.dayOrder === "ask" ? undefined : (plan.dayOrder ?? undefined),
    phoneRegion: filePhoneRegion(plan.sample, plan.columns, saidPhoneRegion ?? plan.preset.phoneRegion,
      general.phoneRegion as CountryCode),
    decimalMark: plan.decimalMark === "ask" ? null : plan.decimalMark,
    lastDay: latestFileDay(general.timeZone),
  };
}
