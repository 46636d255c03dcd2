import { Card } from "@/components/ui/card";
import { channelLabel, type FileValueNames } from "@/lib/i18n/file-values";
import type { Formatters } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/locales";
import type { readProfileChannels } from "@/lib/profiles/read-channels";

type Shares = NonNullable<ReturnType<typeof readProfileChannels>>;

type Props = {
  channels: Shares | null;
  t: Messages["profile"]["channels"];
  names: FileValueNames;
  f: Formatters;
};

/** Preferred channels for reaching and buying, with each channel's share of orders and interactions. */
export function ChannelsCard({ channels, t, names, f }: Props) {
  const label = (channel: string | null) => (channel ? channelLabel(names, channel) : "—");
  const empty = !channels || (channels.orders.length === 0 && channels.interactions.length === 0);
  return (
    <Card title={t.title}>
      {empty ? (
        <p className="text-sm text-slate-500">{t.none}</p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">{t.buy}</dt>
            <dd className="text-right font-medium" data-testid="buy-channel">
              {label(channels.buy)}
            </dd>
            <dt className="text-slate-500">{t.reach}</dt>
            <dd className="text-right font-medium" data-testid="reach-channel">
              {label(channels.reach)}
            </dd>
          </dl>
          <ShareBars title={t.orders} rows={channels.orders} label={label} f={f} />
          <ShareBars title={t.interactions} rows={channels.interactions} label={label} f={f} />
        </>
      )}
      <p className="mt-3 text-xs text-slate-500">{t.rule}</p>
    </Card>
  );
}

type BarsProps = {
  title: string;
  rows: Shares["orders"];
  label: (channel: string) => string;
  f: Formatters;
};

function ShareBars({ title, rows, label, f }: BarsProps) {
  if (rows.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">{title}</h3>
      <ul className="space-y-1">
        {rows.map((row) => (
          <li key={row.channel} className="grid grid-cols-[6rem_1fr_5rem] items-center gap-2 text-sm">
            <span className="truncate">{label(row.channel)}</span>
            <span className="h-2 rounded-full bg-slate-100">
              <span
                className="block h-2 rounded-full"
                style={{ width: `${row.share * 100}%`, background: "var(--chart-revenue)" }}
              />
            </span>
            <span className="tabular text-right text-xs text-slate-600">
              {f.percent(row.share)} ({f.integer(row.count)})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
