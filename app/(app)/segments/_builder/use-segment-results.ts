"use client";

import { useEffect, useState } from "react";

import type { OutputField } from "@/lib/segments/catalogue/fields";
import type { Breakdown } from "@/lib/segments/query/breakdown-segment";
import type { PreviewRow } from "@/lib/segments/query/preview-segment";
import type { Rule } from "@/lib/segments/rule/rule";

export type Results =
  | { status: "counting"; count?: number }
  | { status: "ready"; count: number; breakdown?: Breakdown; rows?: PreviewRow[] }
  | { status: "invalid"; paths: Set<string>; messages: string[] }
  | { status: "unavailable" | "failed" };

const DEBOUNCE_MS = 400;

async function post<T>(
  url: string,
  body: unknown,
  signal: AbortSignal,
): Promise<{ ok: boolean; data: T }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
  return { ok: response.ok, data: (await response.json()) as T };
}

/** "children.1.children.0.values" → "1.0": the rule node an issue is about. */
function nodePath(issuePath: string): string {
  return [...issuePath.matchAll(/children\.(\d+)/g)].map((m) => m[1]).join(".");
}

/**
 * The live count for a rule being edited, then its breakdown and preview.
 * Waits until editing pauses; a newer edit cancels the requests of an older one.
 */
export function useSegmentResults(rule: Rule, fields: OutputField[]): Results {
  const [results, setResults] = useState<Results>({ status: "counting" });
  const key = JSON.stringify([rule, fields]);

  useEffect(() => {
    const abort = new AbortController();
    setResults((previous) => ({
      status: "counting",
      count: "count" in previous ? previous.count : undefined,
    }));
    const timer = setTimeout(async () => {
      try {
        const counted = await post<{
          count: number;
          error?: string;
          issues?: { path: string; message: string }[];
        }>("/api/segments/count", { rule }, abort.signal);
        if (!counted.ok) {
          const { error, issues = [] } = counted.data;
          if (error === "invalid_rule") {
            setResults({
              status: "invalid",
              paths: new Set(issues.map((i) => nodePath(i.path))),
              messages: issues.map((i) => i.message),
            });
          } else setResults({ status: error === "unavailable" ? "unavailable" : "failed" });
          return;
        }
        const count = counted.data.count;
        setResults({ status: "ready", count });
        const [breakdown, preview] = await Promise.all([
          post<Breakdown>("/api/segments/breakdown", { rule }, abort.signal),
          post<{ rows: PreviewRow[] }>("/api/segments/preview", { rule, fields }, abort.signal),
        ]);
        setResults({
          status: "ready",
          count,
          breakdown: breakdown.ok ? breakdown.data : undefined,
          rows: preview.ok ? preview.data.rows : undefined,
        });
      } catch (error) {
        if ((error as Error).name !== "AbortError") setResults({ status: "failed" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
    // The key covers rule and fields by value; the objects change identity on every edit.
  }, [key]);

  return results;
}
