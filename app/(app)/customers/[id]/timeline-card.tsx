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
          <p className="mt-2 text-xs text-slate-500">
            {fill(t.timeline.showing, { shown: f.integer(timeline.entries.length), total: f.integer(timeline.total) })}
          </p>
        </>
      )}
    </Card>
  );
}
