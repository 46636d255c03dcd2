import { fill, type Messages } from "@/lib/i18n/locales";
import type { Formatters } from "@/lib/i18n/format";
import type { ImportJob } from "@/lib/jobs/import-jobs";

/**
 * What runs or waits now, whoever started it: the history lists an import only once it has
 * ended, and an admin in another tab would otherwise see "Queued" without knowing behind what.
 */
export function ActiveJobs({ jobs, t, f, time }: {
  jobs: ImportJob[];
  t: Messages["imports"]["active"];
  f: Formatters;
  time: Intl.DateTimeFormat;
}) {
  if (jobs.length === 0) return null;
  return (
    <div data-testid="active-jobs"
      className="mb-4 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
      <div className="mb-1 font-medium">{t.title}</div>
      <ul className="space-y-0.5">
        {jobs.map((job) => (
          <li key={job.id}>
            {fill(t.line, {
              file: job.fileName,
              what: job.kind === "rollback" ? t.rollback : job.dryRun ? t.dryRun : t.import,
              state: job.status === "queued" ? f.count(t.queued, job.ahead) : t.running,
              by: job.by,
              time: time.format(job.startedAt),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
