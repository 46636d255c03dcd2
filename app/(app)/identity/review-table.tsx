import { Badge } from "@/components/ui/badge";
import { CustomerLink } from "@/components/ui/customer-link";
import { Table, Td, Th } from "@/components/ui/table";
import { blockIdentifier } from "@/lib/actions/block-identifier";
import { keepApart } from "@/lib/actions/keep-apart";
import type { ReviewCase } from "@/lib/identity/reviews";
import { fill, type Messages } from "@/lib/i18n/locales";

/** The cases the guards listed, each in a sentence, with the profiles kept apart and the decisions. */
export function ReviewTable({ reviews, isAdmin, t }: { reviews: ReviewCase[]; isAdmin: boolean; t: Messages }) {
  const r = t.identity.reviews;
  if (reviews.length === 0) return <p className="text-sm text-slate-500">{r.empty}</p>;
  return (
    <Table>
      <thead>
        <tr><Th>{r.columns.rule}</Th><Th>{r.columns.case}</Th><Th>{r.columns.profiles}</Th><Th>{r.columns.action}</Th></tr>
      </thead>
      <tbody data-testid="reviews">
        {reviews.map((review) => (
          <tr key={review.id}>
            <Td><Badge label={r.rules[review.rule]} colorVar="--identity-held" /></Td>
            <Td><span className="text-sm">{sentence(review, t)}</span></Td>
            <Td>
              <div className="flex flex-wrap gap-2">
                {review.profiles.map((profile) => (
                  <CustomerLink key={profile.id} id={profile.id} className="text-xs">
                    {profile.label}
                  </CustomerLink>
                ))}
              </div>
            </Td>
            <Td>
              {review.status === "open" ? (
                <div className="flex flex-wrap gap-2">
                  <form action={keepApart}>
                    <input type="hidden" name="reviewId" value={review.id} />
                    <button className="rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100">
                      {r.keepApart}
                    </button>
                  </form>
                  {isAdmin && review.other === null && (
                    <form action={blockIdentifier}>
                      <input type="hidden" name="identifierId" value={review.identifier.id} />
                      <button className="rounded-md border border-red-200 px-2 py-1 text-xs text-red-700 hover:bg-red-50">
                        {r.block}
                      </button>
                    </form>
                  )}
                </div>
              ) : (
                <span className="text-xs text-slate-500">{fill(r.decided, { by: review.decidedBy ?? "—" })}</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function sentence(review: ReviewCase, t: Messages): string {
  const s = t.identity.reviews.sentences;
  const name = (identifier: { kind: string; value: string }) =>
    `${t.profile.kind[identifier.kind as keyof typeof t.profile.kind] ?? identifier.kind} ${identifier.value}`;
  const scope = String(review.detail.scope ?? "");
  const family = scope.startsWith("ext:")
    ? `${t.profile.kind.ext} (${scope.slice(4)})`
    : (t.profile.kind[scope as keyof typeof t.profile.kind] ?? scope);
  const values = {
    ...review.detail,
    scope: family,
    identifier: name(review.identifier),
    other: review.other ? name(review.other) : "",
  };
  if (review.rule === "shared") return fill(s.shared, values);
  if (review.rule === "split") return fill(s.split, values);
  return fill(review.other ? s.limitLink : s.limitHeld, values);
}
