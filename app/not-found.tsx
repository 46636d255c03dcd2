import { NoticePage } from "@/components/ui/notice-page";
import { getMessages } from "@/lib/i18n/server";

/** Any address with nothing behind it, in the reader's language (Next's own page is English). */
export default async function NotFoundPage() {
  const t = await getMessages();
  return <NoticePage {...t.notFound} />;
}
