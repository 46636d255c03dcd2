import type { CountryCode } from "libphonenumber-js";

import { externalId, type Identifier } from "@/lib/identity/identifier";
import { isJunkIdentifier, isMaskedValue } from "@/lib/identity/junk";

import { countryCode } from "../normalise/country";
import { normaliseEmail } from "../normalise/email";
import { normalisePhone } from "../normalise/phone";
import type { ReadContext } from "../presets/types";

import type { RowReader } from "./row-reader";
import type { Person, RowIssue } from "./types";

/**
 * The identifiers a row names its person by: the source's customer id (an
 * account inside this source), the email and the phone. Placeholders and
 * masked values are skipped silently; malformed and lossy values (an email
 * without a domain, Excel's 1.38001E+10) are skipped with a warning. A row
 * left with none still imports, anchored to itself by the writer.
 */
export function readPerson(reader: RowReader, context: ReadContext): Person {
  const identifiers: Identifier[] = [];
  const warnings: RowIssue[] = [];

  const customerId = reader.read("customerId");
  if (customerId && !isMaskedValue(customerId)) addUsable(identifiers, externalId(context.sourceKey, customerId));

  const rawEmail = reader.read("email");
  if (rawEmail && !isMaskedValue(rawEmail)) {
    const email = normaliseEmail(rawEmail);
    if (email) addUsable(identifiers, { kind: "email", value: email });
    else warnings.push(reader.issue("email", "bad_email", "warning"));
  }

  const rawPhone = reader.read("phone");
  if (rawPhone && !isMaskedValue(rawPhone)) {
    const phone = normalisePhone(rawPhone, phoneRegion(reader, context));
    if (phone.ok) addUsable(identifiers, { kind: "phone", value: phone.e164 });
    else warnings.push(reader.issue("phone", phone.reason === "lossy" ? "lossy_phone" : "bad_phone", "warning"));
  }
  return { identifiers, warnings };
}

// Not a closure inside readPerson: one made per row costs more than the rest of the function.
function addUsable(identifiers: Identifier[], identifier: Identifier): void {
  if (!isJunkIdentifier(identifier.kind, identifier.value)) identifiers.push(identifier);
}

/** A row's own country (WooCommerce's billing country) decides how a national number reads. */
function phoneRegion(reader: RowReader, context: ReadContext): CountryCode {
  const country = countryCode(reader.read("country"));
  return (country as CountryCode | null) ?? context.phoneRegion;
}
