import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { channelLabel, type FileValueNames } from "@/lib/i18n/file-values";
import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";
import { UNDATED_CONSENT_TIME } from "@/lib/ingest/normalise/consent";
import { attributeFields, type AttributeChoice, type Candidate, type Location } from "@/lib/profiles/choose-attributes";
import type { ChannelConsent } from "@/lib/profiles/read-attributes";

type Props = { attributes: AttributeChoice; consent: ChannelConsent[]; t: Messages; f: Formatters };

const clipped = "line-clamp-3 [overflow-wrap:anywhere]";

/** Each attribute as shown and as every source gave it; consent per channel. */
export function IdentityCard({ attributes, consent, t, f }: Props) {
  return (
    <Card title={t.profile.identity} className="lg:col-span-2">
      <h3 className="mb-2 text-sm font-medium text-slate-700">{t.profile.attributes.title}</h3>
      <AttributesTable attributes={attributes} t={t.profile.attributes} f={f} />
      <h3 className="mt-5 mb-2 text-sm font-medium text-slate-700">{t.profile.consent.title}</h3>
      <ConsentTable consent={consent} t={t.profile.consent} names={t.fileValues} f={f} />
    </Card>
  );
}

type AttributesProps = { attributes: AttributeChoice; t: Messages["profile"]["attributes"]; f: Formatters };

function AttributesTable({ attributes, t, f }: AttributesProps) {
  const present = attributeFields.filter((field) => attributes[field].bySource.length > 0);
  if (present.length === 0) return <p className="text-sm text-slate-500">{t.none}</p>;
  const show = (field: (typeof attributeFields)[number], { value }: Candidate<unknown>) => {
    if (field === "location") {
      const place = value as Location;
      return [place.city, place.region, place.country].filter(Boolean).join(", ");
    }
    if (field === "tags") return (value as string[]).join(", ");
    if (field === "gender") return t.genders[value as string] ?? String(value);
    return String(value);
  };
  return (
    <>
      <Table>
        <thead><tr><Th>{t.columns.field}</Th><Th>{t.columns.shown}</Th><Th>{t.columns.bySource}</Th></tr></thead>
        <tbody>
          {present.map((field) => {
            const { shown, bySource } = attributes[field];
            return (
              <tr key={field}>
                <Td>{t.fields[field]}</Td>
                <Td>
                  {/* What a file said, thousands of characters at worst: a few lines. */}
                  <span className={`font-medium ${clipped}`} data-testid={`attribute-${field}`}
                    title={shown ? show(field, shown) : undefined}>
                    {shown ? show(field, shown) : "—"}
                  </span>
                  {shown && <span className="ml-1 text-xs text-slate-500">({shown.source})</span>}
                </Td>
                <Td>
                  <ul className="space-y-0.5 text-xs text-slate-600">
                    {bySource.map((candidate) => (
                      <li key={candidate.source}>
                        <span className="text-slate-500">{candidate.source}:</span>{" "}
                        <span className={clipped}>{show(field, candidate)}</span>
                        {candidate.observedAt && <span className="text-slate-400"> · {f.day(candidate.observedAt)}</span>}
                      </li>
                    ))}
                  </ul>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <p className="mt-2 text-xs text-slate-500">{t.rule}</p>
    </>
  );
}

type ConsentProps = {
  consent: ChannelConsent[];
  t: Messages["profile"]["consent"];
  names: FileValueNames;
  f: Formatters;
};

function ConsentTable({ consent, t, names, f }: ConsentProps) {
  if (consent.length === 0) return <p className="text-sm text-slate-500">{t.none}</p>;
  const status = (value: string) => t.statuses[value] ?? value;
  return (
    <Table>
      <tbody>
        {consent.map((channel) => (
          <tr key={channel.channel}>
            <Td>{channelLabel(names, channel.channel)}</Td>
            <Td><span className="font-medium">{status(channel.shown.status)}</span></Td>
            <Td>
              <span className="text-xs text-slate-600">
                {channel.bySource
                  .map((e) => {
                    const said = { status: status(e.status), source: e.source };
                    return e.changedAt === UNDATED_CONSENT_TIME
                      ? fill(t.fromUndated, said)
                      : fill(t.from, { ...said, date: f.day(e.changedAt) });
                  })
                  .join(" · ")}
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
