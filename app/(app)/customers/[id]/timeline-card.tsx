import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { channelLabel, statusLabel, type FileValueNames } from "@/lib/i18n/file-values";
import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";
import type { readTimeline, TimelineQuery } from "@/lib/profiles/read-timeline";

type Props = {
  timeline: ReturnType<typeof readTimeline>;
  query: TimelineQuery;
  t: Messages["profile"];
  names: FileValueNames;
  f: Formatters;
};

/** Orders, interactions and tickets across channels, newest first, filtered by channel and kind. */
export function TimelineCard({ timeline, query, t, names, f }: Props) {
  const c = t.timeline.columns;
  const kindLabel = (kind: string) => t.timeline.kinds[kind] ?? kind;
  const select = "rounded-md border border-slate-300 px-2 py-1";
  // A file that gives only the date stores midnight: shown as the day alone, not "00:00".
  const time = (at: string) => {
    const clock = at.slice(11, 16);
    return clock && clock !== "00:00" ? `${f.day(at)} ${clock}` : f.day(at);
  };
  return (
    <Card
      title={t.timeline.title}
      className="mt-6"
      action={
        <form className="flex flex-wrap items-center gap-2 text-sm" method="get">
          <select name="channel" defaultValue={query.channel ?? ""} aria-label={t.timeline.channel} className={select}>
            <option value="">{t.timeline.allChannels}</option>
            {timeline.channels.map((channel) => (
              <option key={channel} value={channel}>{channelLabel(names, channel)}</option>
            ))}
          </select>
          <select name="kind" defaultValue={query.kind ?? ""} aria-label={t.timeline.kind} className={select}>
            <option value="">{t.timeline.allKinds}</option>
            {timeline.kinds.map((kind) => <option key={kind} value={kind}>{kindLabel(kind)}</option>)}
          </select>
          <button className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100">{t.timeline.filter}</button>
        </form>
      }
    >
      {timeline.entries.length === 0 ? (
        <p className="text-sm text-slate-500">{t.timeline.empty}</p>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th>{c.when}</Th><Th>{c.kind}</Th><Th>{c.channel}</Th><Th>{c.source}</Th><Th>{c.what}</Th>
                <Th numeric>{c.amount}</Th>
              </tr>
            </thead>
            <tbody data-testid="timeline">
              {timeline.entries.map((entry, i) => (
                <tr key={i} className={entry.counts ? "" : "text-slate-400"}>
                  <Td><span className="whitespace-nowrap">{time(entry.at)}</span></Td>
                  <Td>{kindLabel(entry.kind)}</Td>
                  <Td>{entry.channel && channelLabel(names, entry.channel)}</Td>
                  <Td>{entry.source}</Td>
                  <Td>
                    {entry.refund && <span className="mr-1">{t.timeline.refund}</span>}
                    <span className={entry.kind === "order" ? "font-mono text-xs" : ""}>{entry.label ?? ""}</span>
                    {entry.status && (
                      <span className="ml-2 text-xs text-slate-500">
                        {statusLabel(names, entry.status)}
                      </span>
                    )}
                    {entry.via && (
                      <span className="ml-2 text-xs text-slate-500">
                        {fill(t.timeline.via, { channel: channelLabel(names, entry.via) })}
                      </span>
                    )}
                    {!entry.counts && <span className="ml-2 text-xs">({t.notCounted})</span>}
                  </Td>
                  <Td numeric>{entry.amount !== null && entry.currency ? f.money(entry.amount, entry.currency) : ""}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <nav className="mt-2 flex flex-wrap items-center gap-4 text-xs text-slate-500"
            aria-label={t.timeline.pages} data-testid="timeline-pages">
            <span>
              {fill(t.timeline.showing, { from: f.integer(timeline.from),
                to: f.integer(timeline.from + timeline.entries.length - 1),
                total: f.integer(timeline.total) })}
            </span>
            {timeline.page > 1 && (
              <a className="text-indigo-700 underline" href={pageHref(query, timeline.page - 1)}>
                {t.timeline.newer}
              </a>
            )}
            {timeline.page < timeline.pages && (
              <a className="text-indigo-700 underline" href={pageHref(query, timeline.page + 1)}>
                {t.timeline.older}
              </a>
            )}
          </nav>
        </>
      )}
    </Card>
  );
}

/** The same filter, another page. */
function pageHref(query: TimelineQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.channel) params.set("channel", query.channel);
  if (query.kind) params.set("kind", query.kind);
  if (page > 1) params.set("page", String(page));
  return `?${params}`;
}
