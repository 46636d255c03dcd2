import { parseMoment } from "../normalise/dates";
import { parseConsent, undatedConsentTime } from "../normalise/consent";
import { splitTags } from "../normalise/tags";
import type { Preset, ReadContext } from "../presets/types";

import { dateOptions } from "./read-order";
import { readPerson } from "./read-person";
import type { RowReader } from "./row-reader";
import type { Consent, ContactRecord, RowIssue } from "./types";

const attributeFields = ["name", "firstName", "lastName", "gender", "birthday", "city", "region", "country",
  "company", "note"] as const;

export type ContactSetup = {
  /** Extra attribute name → columns, from the preset. */
  attributes: [string, number[]][];
  /** The status every row of this file states (a Mailchimp list), if any. */
  fileConsent: Consent["status"] | null;
  /** Store-local time of the import, for consents without a time of their own. */
  importedAt: string;
};

/**
 * A contact row: who, what the source says about them (attributes as it
 * gave them, keyed the way profiles read them), and consent per channel
 * dated by the row's own time when it has one.
 */
export function readContact(reader: RowReader, preset: Preset, context: ReadContext, setup: ContactSetup): ContactRecord {
  const options = dateOptions(preset, context);
  const attributes: ContactRecord["attributes"] = {};
  for (const field of attributeFields) {
    const value = reader.read(field);
    if (value) attributes[field] = value;
  }
  const tags = reader.read("tags");
  if (tags) attributes.tags = splitTags(tags);
  for (const [name, columns] of setup.attributes) {
    const value = columns.map((i) => reader.cell(i)).find(Boolean);
    if (value) attributes[name] = value;
  }

  const consentMoment = parseMoment(reader.read("consentAt"), options)?.local ?? null;
  const consents: Consent[] = [];
  const addConsent = (channel: Consent["channel"], status: Consent["status"] | null) => {
    if (status) consents.push({ channel, status, changedAt: consentMoment ?? undatedConsentTime(status, setup.importedAt) });
  };
  addConsent("email", parseConsent(reader.read("emailConsent")) ?? setup.fileConsent);
  addConsent("sms", parseConsent(reader.read("smsConsent")));

  const occurred = parseMoment(reader.read("occurredAt"), options);
  return {
    row: reader.row,
    recordId: reader.read("recordId") || null,
    person: readPerson(reader, context),
    attributes,
    consents,
    observedAt: parseMoment(reader.read("observedAt"), options)?.local ?? consentMoment,
    interaction:
      preset.interactionKind && occurred
        ? { kind: preset.interactionKind, moment: occurred, channel: reader.read("channel") || preset.source,
            detail: reader.read("detail") || null }
        : null,
  };
}

export type { RowIssue };
