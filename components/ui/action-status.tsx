/** The line under a form that says how its action went, read out by screen readers. */
export function ActionStatus({ ok, message }: { ok: boolean; message: string }) {
  return (
    <p role="status" className={`text-sm ${ok ? "text-emerald-700" : "text-red-700"}`}>
      {message}
    </p>
  );
}
