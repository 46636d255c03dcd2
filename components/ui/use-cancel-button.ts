"use client";

import { useEffect, useRef } from "react";

/**
 * For a dialog whose safe answer is "no": the returned ref's button gets the focus, and Escape
 * calls `onCancel` (keep it stable, e.g. with useCallback, or the listener is added anew on every
 * render).
 */
export function useCancelButton(onCancel: () => void) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onCancel();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onCancel]);
  return cancel;
}
