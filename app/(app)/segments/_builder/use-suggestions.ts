"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Value suggestions (cities, channels, tags…) fetched the first time an
 * input asks for them: asking during render only notes the wish; the fetch
 * runs after the render.
 */
export function useSuggestions(): (source: string) => string[] {
  const [cache, setCache] = useState<Record<string, string[]>>({});
  const wanted = useRef(new Set<string>());
  const requested = useRef(new Set<string>());

  useEffect(() => {
    for (const source of wanted.current) {
      if (requested.current.has(source)) continue;
      requested.current.add(source);
      fetch(`/api/segments/values?source=${encodeURIComponent(source)}`)
        .then((response) => (response.ok ? response.json() : { values: [] }))
        .then(({ values }: { values: string[] }) =>
          setCache((current) => ({ ...current, [source]: values })),
        )
        .catch(() => undefined);
    }
  });

  return useCallback(
    (source: string) => {
      wanted.current.add(source);
      return cache[source] ?? [];
    },
    [cache],
  );
}
