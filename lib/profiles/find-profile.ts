import type { CountryCode } from "libphonenumber-js";

import type { Db } from "@/db/client";

import { parseLookup } from "./lookup-identifier";
import { findProfileId } from "./read-profile";

/**
 * The profile a person means by what they typed: a profile id, or an email,
 * phone or source:id it holds. A number that is no profile id is tried as a
 * phone (13800138000 is both).
 */
export function findProfileByText(db: Db, text: string, region: CountryCode): number | null {
  const value = text.trim();
  if (/^\d+$/.test(value)) {
    const id = Number(value);
    const exists = Number.isSafeInteger(id) && db.$client.prepare("SELECT 1 FROM profiles WHERE id = ?").get(id);
    if (exists) return id;
  }
  const identifier = parseLookup(value, region);
  return identifier ? findProfileId(db, identifier) : null;
}
