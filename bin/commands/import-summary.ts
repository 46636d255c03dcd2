import { en } from "@/lib/i18n/messages/en";
import { issueOutcome } from "@/lib/ingest/error-file";
import { formatMinor } from "@/lib/ingest/normalise/money";
import type { ImportSummary } from "@/lib/ingest/run-import";

import { counted } from "./counted";

const fields = en.imports.fields;
// The page's reasons, but a terminal has options, not an Encoding menu.
const reasons: Record<string, string> = {
  ...en.imports.reasons,
  undecoded_bytes: "bytes the encoding read with cannot read: the file (or its rows past the start) " +
    "may be in another encoding; name it with --encoding (e.g. gbk, latin1) and import again",
};
const { levels } = en.imports.errorFile;

/** What an import or a dry run did, for the terminal. */
export function printSummary(s: ImportSummary) {
  const heading = s.dryRun ? "Dry run (nothing written)" : s.importId ? `Import #${s.importId}` : "Import (nothing written)";
  const lines = [
    `${heading}: preset ${s.preset} (${s.kind}), source ${s.source}, ${s.format}, ${s.encoding}`,
    `  rows read                    ${s.rowsRead}`,
    `  records new                  ${s.recordsNew}`,
    `  records already in           ${s.recordsExisting}`,
    ...(s.recordsUpdated ? [`  records updated              ${s.recordsUpdated}`] : []),
    `  rows of new customers        ${s.rowsNewCustomers} (${counted(s.customersNew, "customer")})`,
    `  rows of existing customers   ${s.rowsExistingCustomers} ` +
      `(${counted(s.customersExisting, "customer")})`,
    `  rows rejected                ${s.rowsRejected}`,
    `  rows with a warning          ${s.rowsWarned}`,
    ...(s.rowsLeftOut
      ? [`  rows left out                ${s.rowsLeftOut} (no customer's: listed below)`]
      : []),
    ...s.sales.map(({ currency, orders, refunds, amountMinor, notCounted }) =>
      `  new sales in ${currency}             ${counted(orders, "order")}` +
      (refunds ? ` and ${counted(refunds, "refund")}, net ` : ", ") + money(amountMinor, currency) +
      (notCounted ? ` (and ${notCounted} not counted: cancelled, unpaid, failed…)` : "")),
    ...(s.statuses.length
      ? [`  statuses of new orders       ${s.statuses.map(({ status, orders, counts }) =>
        `${status} ${orders}${counts ? "" : " (not counted)"}`).join(", ")}`]
      : []),
    ...s.unrated.map(({ currency, orders }) =>
      `  orders in ${currency}, no rate       ${orders}: stored, but they count in no revenue or tier until an admin sets ` +
      `a ${currency} rate to ${s.baseCurrency} (Imports › Reading and currencies, or: strata settings set rates.${currency} <${s.baseCurrency} per ${currency}>)`),
    ...s.changes.map(({ reference, currency, before, after }) =>
      `  changed since imported       ${reference}: ` +
      `${orderState(before, currency)} → ${orderState(after, currency)}`),
    ...(s.asOfMoved
      ? [`  as-of date moved             ${s.asOfMoved.from} → ${s.asOfMoved.to}: customers without orders since ` +
        "then now look lapsed; pin the as-of date (strata settings set asOf <date>) if these files belong to another period"]
      : []),
    ...(s.baseCurrencyMoved ? [baseCurrencyLine(s.baseCurrencyMoved)] : []),
    ...(s.earlierStaffTickets ? [staffTicketsLine(s.earlierStaffTickets)] : []),
    `  took                         ${(s.durationMs / 1000).toFixed(1)} s`,
    ...(s.sharedColumns.length ? ["  fields that several columns fill:"] : []),
    ...s.sharedColumns.map(({ field, used, fallbacks }) =>
      `    ${fields[field] ?? field}: "${used}" is used; ${fallbacks.map((c) => `"${c}"`).join(", ")} only where it is blank`),
    ...s.issues.map((r) => `  row ${r.row}, ${r.column ? `column "${r.column}", ` : ""}value "${quoted(r.value)}": ` +
      `${levels[issueOutcome(r)] ?? r.level}, ${reasons[r.reason] ?? r.reason} (${r.reason})`),
  ];
  const shown = s.issues.length;
  if (s.rowsRejected + s.rowsWarned + s.rowsLeftOut > shown) {
    lines.push(s.importId ? "  … the error file on the Imports page lists the rest" : "  … and more like these");
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

function staffTicketsLine({ tickets, imports }: { tickets: number; imports: number[] }): string {
  const which = `${imports.length === 1 ? "import" : "imports"} ${imports.map((id) => `#${id}`).join(", ")}`;
  const still = tickets === 1 ? "counts as a customer's" : "count as customers'";
  return `  agents' earlier tickets      ${counted(tickets, "ticket")} of ${which} still ${still}: ` +
    "roll back (strata rollback <import id>) and import the file again to leave them out";
}

function baseCurrencyLine({ from, to }: { from: string; to: string }): string {
  return `  base currency moved          ${from} → ${to}: ` +
    "with none set, reports follow the currency most orders are in, " +
    `and orders in ${from} now count in no revenue until a rate is set; ` +
    `to keep ${from}: strata settings set baseCurrency ${from}`;
}

function orderState(state: ImportSummary["changes"][number]["before"], currency: string): string {
  return [state.status, money(state.amountMinor, currency), state.counts ? null : "not counted"]
    .filter(Boolean).join(", ");
}

function money(minor: number, currency: string): string {
  return `${formatMinor(minor)} ${currency}`;
}

// As on the Imports page: a 100 KB cell would bury the other lines.
const QUOTED_CHARS = 80;

function quoted(value: string): string {
  return value.length <= QUOTED_CHARS ? value
    : `${value.slice(0, QUOTED_CHARS)}… (${value.length.toLocaleString("en")} characters)`;
}
