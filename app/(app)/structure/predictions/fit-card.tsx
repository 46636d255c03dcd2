import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { StoredRun } from "@/lib/metrics/predictions/read-predictions";

/** The fitted parameters and log-likelihoods, or why there are none, with every warning spelled out. */
export function FitCard({ run, t, locale }: { run: StoredRun; t: Messages; locale: Locale }) {
  const f = formatters(locale);
  const significant = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 });
  const p = t.predictions;
  const { bgnbd, gammaGamma } = run;
  const rows: [string, string, string][] = [];
  if (bgnbd.status === "fitted") {
    for (const key of ["r", "alpha", "a", "b"] as const)
      rows.push(["BG/NBD", key === "alpha" ? "α" : key, significant.format(bgnbd[key])]);
    rows.push(["BG/NBD", p.logLikelihood, f.decimal(bgnbd.logLikelihood)]);
  }
  if (gammaGamma.status === "fitted") {
    for (const key of ["p", "q", "gamma"] as const)
      rows.push(["Gamma-Gamma", key === "gamma" ? "γ" : key, significant.format(gammaGamma[key])]);
    rows.push(["Gamma-Gamma", p.logLikelihood, f.decimal(gammaGamma.logLikelihood)]);
  }
  const warnings = [
    ...bgnbd.warnings.map((code) => ({
      code,
      params: bgnbd.status === "fitted" ? bgnbd.boundedParameters : [],
    })),
    ...gammaGamma.warnings.map((code) => ({
      code,
      params: gammaGamma.status === "fitted" ? gammaGamma.boundedParameters : [],
    })),
  ].filter(
    (w, i, all) =>
      all.findIndex((o) => o.code === w.code && o.params.join() === w.params.join()) === i,
  );

  return (
    <Card title={p.fit}>
      {bgnbd.status === "fitted" ? (
        <p className="mb-3 text-sm text-slate-700">
          {fill(p.fitted, {
            customers: f.integer(run.customers),
            from: f.day(dayToIso(run.fromDay)),
            to: f.day(dayToIso(run.toDay)),
            unit: t.timeUnits[run.unit],
          })}
          {gammaGamma.status === "fitted" &&
            ` · ${fill(p.spendCustomers, { customers: f.integer(gammaGamma.customers) })}`}
        </p>
      ) : (
        <p className="mb-3 text-sm text-slate-700">{p.notFitted}</p>
      )}
      {rows.length > 0 && (
        <Table>
          <thead>
            <tr>
              <Th>{p.model}</Th>
              <Th>{p.parameter}</Th>
              <Th numeric>{p.value}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([model, name, value]) => (
              <tr key={`${model}-${name}`}>
                <Td>{model}</Td>
                <Td>{name}</Td>
                <Td numeric>{value}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {warnings.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm text-amber-800" data-testid="fit-warnings">
          {warnings.map((w) => (
            <li key={`${w.code}-${w.params.join()}`}>
              ⚠ {fill(p.warnings[w.code] ?? w.code, { params: w.params.join(", ") })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
