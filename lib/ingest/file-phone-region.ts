import type { CountryCode } from "libphonenumber-js";

import type { ColumnMap } from "./fields";
import { countryCode } from "./normalise/country";
import { normalisePhone } from "./normalise/phone";
import { cleanCell } from "./normalise/text";

// Regions tried for a file whose national numbers the settings' region does not read.
const LIKELY_REGIONS: CountryCode[] = ["CN", "US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH",
  "AT", "JP", "KR", "HK", "TW", "SG", "MY", "AU", "IN", "BR", "MX", "CA"];
// Enough numbers to tell a region by, few enough to try each region on them at once.
const SAMPLE_PHONES = 100;

/**
 * The region a file's national phone numbers ("030 1234567", "13800138000") are read in: the
 * one said for the file (by the admin, or its preset), else the settings' region, unless that
 * reads fewer than half of the first rows' numbers and a likely region reads at least half: a
 * German shop's file on a server set to the US reads as German without a question. The preview
 * and the import both ask this, over the same first rows.
 */
export function filePhoneRegion(
  rows: string[][], columns: ColumnMap, said: string | undefined, settings: CountryCode,
): CountryCode {
  if (said) return said as CountryCode;
  const at = columns.phone ?? [];
  const phones = rows.flatMap((row) => at.map((i) => cleanCell(row[i] ?? ""))).filter(Boolean)
    .slice(0, SAMPLE_PHONES);
  const reads = (region: CountryCode) =>
    phones.filter((phone) => normalisePhone(phone, region).ok).length;
  const own = reads(settings);
  if (phones.length === 0 || own * 2 >= phones.length) return settings;
  // Numbering plans overlap ("06 45 67 89 01" is a French mobile and a German landline): of the
  // regions that read at least half, the one the emails' country domains name most wins, then the
  // one that reads the most.
  const domains = countryDomains(rows, columns);
  let [best, named, most] = [settings, -1, 0];
  for (const region of LIKELY_REGIONS) {
    const read = reads(region);
    if (read * 2 < phones.length) continue;
    const naming = domains.get(region) ?? 0;
    if (naming > named || (naming === named && read > most)) {
      [best, named, most] = [region, naming, read];
    }
  }
  return best;
}

/** How many of the first rows' emails end in each region's country domain (".fr", ".co.uk"). */
function countryDomains(rows: string[][], columns: ColumnMap): Map<CountryCode, number> {
  const at = columns.email ?? [];
  const counts = new Map<CountryCode, number>();
  for (const row of rows) {
    for (const i of at) {
      const domain = /\.([a-z]{2})$/i.exec(cleanCell(row[i] ?? ""))?.[1];
      const region = domain ? (countryCode(domain) as CountryCode | null) : null;
      if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
    }
  }
  return counts;
}
