import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { laterOverlaps } from "@/lib/ingest/import-overlaps";
import { addedNothing, countImports, listImports } from "@/lib/ingest/list-imports";
import { activeJobs } from "@/lib/jobs/import-jobs";
import { readSummary } from "@/lib/metrics/summary";
import { readSettings } from "@/lib/settings/read-settings";

import { ActiveJobs } from "./active-jobs";
import { ImportSettingsForm } from "./import-settings-form";
import { ImportWizard } from "./import-wizard";
import { phoneRegions } from "./region-options";
import { RollbackButton } from "./rollback-button";

export const dynamic = "force-dynamic";

const secondLine = "block text-xs text-slate-500";
// A cancelled or failed import wrote nothing: its row in the history says how far it read.
const unfinished = (status: string) => status === "cancelled" || status === "failed";
export const generateMetadata = pageTitle((t) => t.nav.imports);

// Imports per page of the history.
const PAGE_SIZE = 50;

export default async function ImportsPage({ searchParams }: {
  searchParams: Promise<Record<string, string>>;
}) {
  await requirePageRole(["admin"]);
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const db = getDb();
  const pages = Math.max(1, Math.ceil(countImports(db) / PAGE_SIZE));
  // A page past the end (the history shrank since the link was made) shows the last one.
  const page = Math.min(pages, Math.max(1, Math.floor(Number((await searchParams).page)) || 1));
  const history = listImports(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const overlaps = laterOverlaps(db);
  const general = readSettings(db, "general");
  // On the store's clock, as every date it imports is, not the server's.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: general.timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: general.timeZone });
  const c = t.imports.columns;
  // A count under a column's own ("+3 changed" under the records already in), when there are any.
  const besides = (text: string, count: number) =>
    count > 0 && <span className={secondLine}>{fill(text, { count: f.integer(count) })}</span>;
  return (
    <>
      <PageHeader title={t.imports.title} />
      <Card title={t.imports.upload} className="mb-6">
        <ImportWizard t={t.imports} locale={locale} readingSettings={JSON.stringify(general)} />
      </Card>
      <Card title={t.imports.settings.title} className="mb-6">
        <ImportSettingsForm t={t.imports.settings} regions={phoneRegions(locale)}
          values={general} reportCurrency={readSummary(db).currency} />
      </Card>
      <Card id="history" title={t.imports.history}>
        <ActiveJobs jobs={activeJobs()} t={t.imports.active} f={f} time={time} />
        {history.length === 0 ? (
          <p className="text-sm text-slate-500">{t.imports.noHistory}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{c.when}</Th><Th>{c.file}</Th><Th>{c.status}</Th>
                <Th numeric>{c.rows}</Th><Th numeric>{c.newRecords}</Th><Th numeric>{c.existing}</Th>
                <Th numeric>{c.rejected}</Th><Th>{c.actions}</Th>
              </tr>
            </thead>
            <tbody>
              {history.map((row) => (
                <tr key={row.id} data-testid={`import-${row.id}`}>
                  <Td>
                    <span className="whitespace-nowrap">{day.format(new Date(row.startedAt))}</span>
                    <span className={secondLine}>
                      {fill(t.imports.timeBy, {
                        time: time.format(new Date(row.startedAt)),
                        // Not a user: the command line, or the first start's demo data.
                        who: t.imports.runBy[row.createdBy] ?? row.createdBy,
                      })}
                    </span>
                  </Td>
                  <Td>
                    <span className="block min-w-48 font-mono text-xs break-all">
                      {row.fileName}
                    </span>
                    <span className={secondLine}>
                      {fill(t.imports.formatFrom, {
                        id: row.id,
                        format: t.imports.presets[row.preset] ?? row.presetLabel ?? row.preset,
                        source: row.source,
                      })}
                    </span>
                  </Td>
                  <Td>
                    <span className="whitespace-nowrap">
                      {t.imports.status[row.status] ?? row.status}
                    </span>
                    {row.rolledBackAt && (
                      <span className={secondLine}>
                        {fill(t.imports.rolledBackBy, {
                          day: day.format(new Date(row.rolledBackAt)),
                          time: time.format(new Date(row.rolledBackAt)),
                          who: t.imports.runBy[row.rolledBackBy ?? ""] ?? row.rolledBackBy ?? "",
                        })}
                      </span>
                    )}
                    {unfinished(row.status) && (
                      <span className={`${secondLine} max-w-48`}>
                        {t.imports.nothingWritten}
                        {row.errorMessage && (
                          <span className="block break-words">{row.errorMessage}</span>
                        )}
                      </span>
                    )}
                  </Td>
                  <Td numeric>{f.integer(row.rowsRead)}</Td>
                  <Td numeric>{unfinished(row.status) ? "—" : f.integer(row.recordsNew)}</Td>
                  <Td numeric>
                    {unfinished(row.status) ? "—" : f.integer(row.recordsExisting)}
                    {besides(t.imports.changedCount, row.recordsUpdated)}
                  </Td>
                  <Td numeric>
                    {unfinished(row.status) ? "—" : f.integer(row.rowsRejected)}
                    {besides(t.imports.leftOutCount, row.rowsLeftOut)}
                  </Td>
                  <Td>
                    {/* The error file's link wraps: on one line it pushed the table past
                        the card. */}
                    <div className="flex w-36 flex-col items-start gap-1">
                      {addedNothing(row) ? (
                        <span className="text-xs text-slate-500">
                          {t.imports.nothingToRollBack}
                        </span>
                      ) : row.status === "done" && (
                        <RollbackButton importId={row.id} later={overlaps.get(row.id) ?? []}
                          t={t.imports} locale={locale} />
                      )}
                      {row.rowsRejected + row.rowsWarned + row.rowsLeftOut > 0 && (
                        <a className="text-xs text-indigo-700 underline" href={`/api/imports/${row.id}/errors`}>{t.imports.errorFile.download}</a>
                      )}
                    </div>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {pages > 1 && (
          <Pager page={page} pages={pages} hrefFor={(to) => `/imports?page=${to}#history`}
            t={t.common} integer={f.integer} />
        )}
        {history.length > 0 && (
          <p className="mt-2 text-xs text-slate-500">{t.imports.recordsNote}</p>
        )}
      </Card>
    </>
  );
}
