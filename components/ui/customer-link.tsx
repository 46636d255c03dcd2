import Link from "next/link";

/**
 * A link to a customer's profile, clipped to one line: a name is what a file
 * said it was, and one of thousands of characters must not push a table's
 * other columns off the page. The whole text stays in the tooltip.
 */
export function CustomerLink({ id, className = "", children }: {
  id: number;
  className?: string;
  children: string;
}) {
  return (
    <Link href={`/customers/${id}`} title={children}
      className={
        `inline-block max-w-xs truncate align-bottom text-indigo-700 hover:underline ${className}`}>
      {children}
    </Link>
  );
}
