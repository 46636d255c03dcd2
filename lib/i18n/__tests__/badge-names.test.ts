import { describe, expect, it } from "vitest";

import { messagesFor } from "@/lib/i18n/locales";

describe("the badges beside a customer's name", () => {
  it.each(["en", "zh-CN"] as const)("never give an RFM segment a lifecycle stage's name (%s)", (locale) => {
    // A one-order customer showed "New" twice, and "Loyal" beside a single order.
    const t = messagesFor(locale);
    const stages = new Set(Object.values(t.stages));
    expect(Object.values(t.segments).filter((name) => stages.has(name))).toEqual([]);
  });
});
