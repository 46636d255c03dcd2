import Link from "next/link";

import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { emptyRule } from "@/lib/segments/rule/rule";
import { segmentRoles } from "@/lib/segments/store/permissions";

import { editorProps } from "../_builder/editor-props";
import { SegmentEditor } from "../_builder/segment-editor";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.segmentExplorer.newSegment);

export default async function NewSegmentPage() {
  await requirePageRole(segmentRoles);
  const [t, locale] = [await getMessages(), await getLocale()];
  const { context, total } = editorProps(getDb(), t, locale);
  return (
    <>
      <Link href="/segments" className="text-sm text-indigo-700 hover:underline">
        ← {t.segmentExplorer.title}
      </Link>
      <PageHeader title={t.segmentExplorer.builder.newTitle} />
      <SegmentEditor
        context={context}
        total={total}
        canSave
        initial={{ name: "", description: "", rule: emptyRule }}
      />
    </>
  );
}
