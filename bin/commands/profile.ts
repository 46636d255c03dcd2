import type { CountryCode } from "libphonenumber-js";

import { dayToIso } from "@/lib/ingest/normalise/dates";
import { parseLookup, storedPhoneEndingIn } from "@/lib/profiles/lookup-identifier";
import { findProfileId, readProfile } from "@/lib/profiles/read-profile";
import { readSettings } from "@/lib/settings/read-settings";

import { CliError, printJson, type Command } from "./cli";

export const profileCommand: Command = {
  summary: "one customer: profile <email | phone | source:id> --json",
  usage: "npm run strata -- profile <email | phone | source:id> [--json]",
  options: { json: { type: "boolean" } },
  run({ values, positionals, db }) {
    const text = positionals[0];
    if (!text) throw new CliError(`whom?\nusage: ${this.usage}`);
    const region = readSettings(db(), "general").phoneRegion as CountryCode;
    const typed = parseLookup(text, region);
    const found = typed && findProfileId(db(), typed) !== null ? typed : null;
    const identifier = found ?? storedPhoneEndingIn(db(), text) ?? typed;
    if (!identifier) {
      throw new CliError(`"${text}" is not an email, a phone or source:id ` +
        `(a phone without its country code reads as one of ${region}, the default region)`);
    }
    const id = findProfileId(db(), identifier);
    const profile = id === null ? null : readProfile(db(), id);
    if (!profile) throw new CliError(`no customer with ${identifier.kind} ${identifier.value}`);

    const m = profile.metrics;
    const out = {
      id: profile.id,
      identifiers: profile.identifiers,
      orders: m?.orders ?? 0,
      revenue: (m?.revenueMinor ?? 0) / 100,
      revenueByCurrency: profile.revenueByCurrency,
      firstOrder: m?.firstDay != null ? dayToIso(m.firstDay) : null,
      lastOrder: m?.lastDay != null ? dayToIso(m.lastDay) : null,
      recencyDays: m?.recencyDays ?? null,
      rfm: m?.r != null ? { r: m.r, f: m.f, m: m.m } : null,
      segment: m?.segment ?? null,
      tier: m?.tier ?? null,
      stage: m?.stage ?? null,
    };
    if (values.json) return printJson(out);
    process.stdout.write(
      `Profile ${out.id}: ${out.orders} orders, ${JSON.stringify(out.revenueByCurrency)}, tier ${out.tier}, stage ${out.stage}, segment ${out.segment}\n`,
    );
  },
};
