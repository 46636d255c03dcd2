import { NoticePage } from "@/components/ui/notice-page";
import { getMessages } from "@/lib/i18n/server";

export default async function ForbiddenPage() {
  const t = await getMessages();
  return <NoticePage {...t.forbidden} />;
}
