import { describe, expect, it } from "vitest";

import { formatters } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/locales";
import { describeModels } from "@/lib/metrics/describe-models";
import { generalSettings, modelSettings } from "@/lib/settings/schema";

const general = generalSettings.parse({});
const models = modelSettings.parse({});

function prediction(locale: "en" | "zh-CN", window?: { from: string; to: string }, calibrationFrom: string | null = null) {
  const settings = { ...models, prediction: { ...models.prediction, calibrationFrom } };
  return describeModels(messagesFor(locale), formatters(locale), { models: settings, general, currency: "USD", window })
    .prediction;
}

describe("the prediction's definition line", () => {
  it("says the fit used every customer when no window is set", () => {
    expect(prediction("en")).toMatch(/^Prediction: BG\/NBD \+ Gamma-Gamma fitted on every customer's orders up to the as-of date, in weeks;/);
    expect(prediction("zh-CN")).toContain("以基准日之前全部客户的订单按周拟合");
  });

  it("names the window's days, and the as-of date for an open end", () => {
    expect(prediction("en", { from: "1997-01-01", to: "1997-03-31" })).toContain(
      "fitted on the customers who first ordered between Jan 1, 1997 and Mar 31, 1997, in weeks",
    );
    expect(prediction("en", undefined, "1997-01-01")).toContain("between Jan 1, 1997 and the as-of date");
  });
});
