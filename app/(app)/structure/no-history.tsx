import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** What a history page shows before the first back-fill. */
export function NoHistory({ title, message }: { title: string; message: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={message} />
    </>
  );
}
