import { fullName } from "./full-name";

/** One contact record's attributes, as a source gave them. */
export type SourceRecord = {
  source: string;
  attributes: Record<string, unknown>;
  observedAt: string | null;
  recordId: number;
};

export type Location = { city: string | null; region: string | null; country: string | null };
export type AttributeValues = {
  name: string | null;
  gender: string | null;
  birthday: string | null;
  location: Location | null;
  tags: string[] | null;
};
export const attributeFields = ["name", "gender", "birthday", "location", "tags"] as const;
export type AttributeField = (typeof attributeFields)[number];

export type Candidate<T> = { source: string; value: T; observedAt: string | null };
export type AttributeChoice = {
  [F in AttributeField]: {
    shown: Candidate<NonNullable<AttributeValues[F]>> | null;
    bySource: Candidate<NonNullable<AttributeValues[F]>>[];
  };
};

/**
 * For each attribute, the latest non-empty value every source gave and the
 * one shown: a value from the highest-ranked source when the settings rank
 * any source that gave one, else the most recent (ties by source key, so the
 * choice never depends on import order). A location is chosen whole, so a
 * city never meets another record's country.
 */
export function chooseAttributes(records: readonly SourceRecord[], sourceRank: readonly string[]): AttributeChoice {
  const newestFirst = [...records].sort(
    (a, b) => compareMoments(b.observedAt, a.observedAt) || b.recordId - a.recordId,
  );
  const read = newestFirst.map((record) => ({ record, values: readAttributes(record.attributes) }));
  const choice = {} as Record<AttributeField, { shown: Candidate<unknown> | null; bySource: Candidate<unknown>[] }>;
  for (const field of attributeFields) {
    const bySource = new Map<string, Candidate<unknown>>();
    for (const { record, values } of read) {
      const value = values[field];
      if (value === null || bySource.has(record.source)) continue;
      bySource.set(record.source, { source: record.source, value, observedAt: record.observedAt });
    }
    const candidates = [...bySource.values()].sort(
      (a, b) => compareMoments(b.observedAt, a.observedAt) || (a.source < b.source ? -1 : 1),
    );
    const ranked = sourceRank.map((source) => bySource.get(source)).find(Boolean);
    choice[field] = { shown: ranked ?? candidates[0] ?? null, bySource: candidates };
  }
  return choice as AttributeChoice;
}

/** Null sorts before any moment: an undated record is the oldest. */
function compareMoments(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The attributes JSON of a contact record; anything but an object reads as empty. */
export function parseAttributes(json: string): Record<string, unknown> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

// Invisible marks that reorder the text around them (embeddings, overrides, isolates): in a name,
// "\u202Egnp.exe" shows as "exe.png". No attribute needs them, so profiles never show them.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** Reads the attribute JSON importers write, tolerating the usual spellings. */
export function readAttributes(raw: Record<string, unknown>): AttributeValues {
  const text = (...keys: string[]) => {
    for (const key of keys) {
      let value = raw[key];
      if (typeof value === "string") value = value.replace(bidiControls, "");
      if (typeof value === "string" && value.trim()) return value.trim();
      if (typeof value === "number") return String(value);
    }
    return null;
  };
  const name = text("name") ??
    fullName(text("firstName", "first_name"), text("lastName", "last_name"));
  const city = text("city");
  const region = text("region", "province", "state");
  const country = text("country", "countryCode", "country_code");
  return {
    name,
    gender: readGender(text("gender")),
    birthday: readBirthday(text("birthday")),
    location: city || region || country ? { city, region, country } : null,
    tags: readTags(raw.tags),
  };
}

const genders: Record<string, string> = {
  f: "female", female: "female", w: "female", woman: "female", 女: "female",
  m: "male", male: "male", man: "male", 男: "male",
};

function readGender(value: string | null): string | null {
  if (!value) return null;
  return genders[value.toLowerCase()] ?? value.toLowerCase();
}

/** 'YYYY-MM-DD', or 'MM-DD' when a source gives no year (Mailchimp's "03/15"). */
function readBirthday(value: string | null): string | null {
  if (!value) return null;
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (full) return full[0];
  const partial = /^(\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (partial) return `${partial[1].padStart(2, "0")}-${partial[2].padStart(2, "0")}`;
  return value;
}

function readTags(value: unknown): string[] | null {
  const list = Array.isArray(value)
    ? value.map(String)
    : typeof value === "string"
      ? value.split(/[,;，；]/)
      : [];
  const tags = [...new Set(list.map((tag) => tag.trim().replace(/^"|"$/g, "")).filter(Boolean))];
  return tags.length ? tags : null;
}
