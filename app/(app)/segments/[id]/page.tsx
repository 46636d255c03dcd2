import Link from "next/link";
import { notFound } from "next/navigation";

import { SegmentTrendChart } from "@/components/charts/segment-trend-chart";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { fieldAvailable, outputFieldKeys } from "@/lib/segments/catalogue/fields";
import { segmentTitle } from "@/lib/segments/display-name";
import { SegmentNotFoundError } from "@/lib/segments/errors";
import { parseRule } from "@/lib/segments/query/segment-filter";
import { readSegmentTrend } from "@/lib/segments/sizes/read-segment-trend";
import { findSegment } from "@/lib/segments/store/find-segment";
import { canChangeSegment, segmentRoles } from "@/lib/segments/store/permissions";

import { editorProps } from "../_builder/editor-props";
import { SegmentEditor } from "../_builder/segment-editor";
import { SegmentActions } from "../segment-actions";
import { ExportForm } from "./export-form";

export const dynamic = "force-dynamic";

function load(id: number) {
  try {
    return findSegment(getDb(), id);
  } catch (error) {
    if (error instanceof SegmentNotFoundError) notFound();
    throw error;
  }
}

export default async function SegmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole(segmentRoles);
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const [t, locale] = [await getMessages(), await getLocale()];
  const db = getDb();
  const segment = load(id);
  const s = t.segmentExplorer;
  const title = segmentTitle(segment, t);
  const canChange = canChangeSegment(user, segment);
  const { context, total } = editorProps(db, t, locale);
  const trend = readSegmentTrend(db, id);

  return (
    <>
      <Link href="/segments" className="text-sm text-indigo-700 hover:underline">
        ← {s.title}
      </Link>
      <PageHeader
        title={title.name}
        description={title.description || undefined}
        action={
          <div className="flex flex-wrap items-center gap-4">
            <Link
              href={`/customers?segmentId=${id}`}
              className="rounded-md border border-slate-300 px-3 py-2 text-sm"
            >
              {s.actions.customers}
            </Link>
            <SegmentActions
              segment={{ id, name: title.name }}
              canChange={canChange}
              t={s}
              afterDelete="/segments"
            />
          </div>
        }
      />
      <SegmentEditor
        context={context}
        total={total}
        canSave={canChange}
        initial={{
          id,
          name: segment.name,
          description: segment.description,
          rule: parseRule(segment.rule),
        }}
      />
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card title={s.detail.trend}>
          {trend.length ? (
            <SegmentTrendChart
              points={trend}
              locale={locale}
              labels={{ customers: t.charts.customers, asOf: s.detail.asOf }}
            />
          ) : (
            <p className="text-sm text-slate-500">{s.detail.noTrend}</p>
          )}
        </Card>
        <Card title={s.detail.exportTitle}>
          <ExportForm
            segmentId={id}
            t={s}
            fields={outputFieldKeys.filter((key) => fieldAvailable(key, context.available))}
            initial={["identifier", "name", "email", "phone", "tier", "stage", "orders", "revenue"]}
          />
        </Card>
      </div>
    </>
  );
}
