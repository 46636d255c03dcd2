import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { changeSettings } from "@/lib/settings/change-settings";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { settingsReasons } from "@/lib/settings/settings-reasons";
import { tempDatabase } from "@/lib/testing/temp-db";

function refusal(changes: { path: string; value: unknown }[]): ZodError {
  const { db } = tempDatabase();
  try {
    changeSettings(db, changes);
  } catch (error) {
    if (error instanceof ZodError) return error;
    throw error;
  }
  throw new Error("saved");
}

describe("the reasons a refused settings save gives", () => {
  it("names each broken rule once, by a key both languages word", () => {
    expect(settingsReasons(refusal([{ path: "tierShares.bronze", value: 0.9 }])))
      .toEqual(["sharesOver"]);
    expect(settingsReasons(refusal([
      { path: "rfm.edges.recency", value: [90, 30, 180, 365] },
      { path: "rfm.edges.frequency", value: [5, 3, 2, 1] },
    ]))).toEqual(["edgesRise"]);
    expect(settingsReasons(refusal([{ path: "margin", value: 7 }]))).toEqual(["outOfRange"]);
    expect(settingsReasons(refusal([{ path: "baseCurrency", value: "ABC" }])))
      .toEqual(["currencyCode"]);
    for (const messages of [en, zhCN]) {
      for (const reason of ["sharesOver", "edgesRise", "currencyCode", "outOfRange", "unreadable",
        "fourNumbers", "notANumber", "asOfRange"] as const) {
        expect(messages.valueSettings.reasons[reason]).toMatch(/\S/);
      }
    }
  });
});
