export function PageHeader({ title, description, action }: {
  title: string;
  description?: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0 max-w-full">
        {/* A title can be a name from a file, thousands of characters long: two lines at most. */}
        <h1 title={title}
          className="line-clamp-2 text-2xl font-semibold tracking-tight [overflow-wrap:anywhere]">
          {title}
        </h1>
        {description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>}
      </div>
      {action}
    </div>
  );
}
