import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { changeSettings, locateSetting, readSetting } from "@/lib/settings/change-settings";
import { readSettings } from "@/lib/settings/read-settings";
import {
  editedChanges, formChanges, formDefaults, formFieldsOf, settingsForm,
} from "@/lib/settings/settings-form";
import { tempDatabase } from "@/lib/testing/temp-db";

describe("settings by path", () => {
  it("finds a path's group with or without the group prefix", () => {
    expect(locateSetting("tierShares.vip")).toEqual({
      group: "models",
      keys: ["tierShares", "vip"],
    });
    expect(locateSetting("general.margin")).toEqual({ group: "general", keys: ["margin"] });
    expect(locateSetting("nonsense")).toBeNull();
  });

  it("changes one value, and `undefined` restores its default", () => {
    const { db } = tempDatabase();
    changeSettings(db, [
      { path: "tierShares.vip", value: 0.02 },
      { path: "margin", value: 0.25 },
    ]);
    expect(readSetting(db, "models.tierShares.vip")).toBe(0.02);
    expect(readSettings(db, "general").margin).toBe(0.25);
    changeSettings(db, [{ path: "tierShares.vip", value: undefined }]);
    expect(readSetting(db, "tierShares")).toEqual({
      vip: 0.01,
      gold: 0.04,
      silver: 0.15,
      bronze: 0.3,
    });
  });

  it("saves nothing when the result breaks a rule", () => {
    const { db } = tempDatabase();
    const invalid = [
      { path: "margin", value: 0.5 },
      { path: "tierShares.bronze", value: 0.9 },
    ];
    expect(() => changeSettings(db, invalid)).toThrow(ZodError);
    expect(readSettings(db, "general").margin).toBe(0.3);
    expect(() =>
      changeSettings(db, [{ path: "rfm.edges.recency", value: [90, 30, 180, 365] }]),
    ).toThrow(/rise strictly/);
    expect(() => changeSettings(db, [{ path: "prediction.unit", value: "month" }])).toThrow(
      ZodError,
    );
    expect(() => changeSettings(db, [{ path: "phoneRegion", value: "XX" }])).toThrow(/phone region/);
    changeSettings(db, [{ path: "phoneRegion", value: "FR" }]);
    expect(readSettings(db, "general").phoneRegion).toBe("FR");
    // Three letters are not yet a currency: reports in "ABC" would convert nothing.
    expect(() => changeSettings(db, [{ path: "baseCurrency", value: "ABC" }]))
      .toThrow(/currency code in use/);
    expect(() => changeSettings(db, [{ path: "rates", value: { ZZZ: 1.2 } }]))
      .toThrow(/currency code in use/);
    changeSettings(db, [{ path: "baseCurrency", value: "CNY" }, { path: "rates.USD", value: 7.1 }]);
    expect(readSettings(db, "general")).toMatchObject({ baseCurrency: "CNY", rates: { USD: 7.1 } });

    // One saved before the rule still reads, so the pages open and it can be corrected.
    db.$client.prepare("UPDATE settings SET value = json_set(value, '$.baseCurrency', 'XYZ') " +
      "WHERE key = 'general'").run();
    expect(readSettings(db, "general").baseCurrency).toBe("XYZ");
    changeSettings(db, [{ path: "baseCurrency", value: "EUR" }]);
    expect(readSettings(db, "general").baseCurrency).toBe("EUR");
  });
});

describe("the settings form", () => {
  it("round-trips the current settings unchanged, shares as percentages", () => {
    const { db } = tempDatabase();
    changeSettings(db, [
      { path: "tierShares.gold", value: 0.07 },
      { path: "prediction.monthlyDiscountRate", value: 0.015 },
    ]);
    const [models, general] = [readSettings(db, "models"), readSettings(db, "general")];
    const values = formDefaults(models, general);
    expect(values).toMatchObject({
      gold: "7",
      discount: "1.5",
      edgesRecency: "30, 90, 180, 365",
      asOf: "",
    });
    changeSettings(db, formChanges(settingsForm.parse(values)));
    expect(readSettings(db, "models")).toEqual(models);
    expect(readSettings(db, "general")).toEqual(general);
  });

  it("keeps what changed elsewhere since the form opened, unless the form edited it", () => {
    const { db } = tempDatabase();
    // The form opened with no base currency; then the Imports page set EUR.
    const opened = formDefaults(readSettings(db, "models"), readSettings(db, "general"));
    changeSettings(db, [{ path: "baseCurrency", value: "EUR" }, { path: "margin", value: 0.4 }]);
    const stale = settingsForm.parse({ ...opened, gold: "6" });
    changeSettings(db, editedChanges(stale, opened));
    expect(readSettings(db, "general").baseCurrency).toBe("EUR");
    expect(readSettings(db, "general").margin).toBe(0.4);
    expect(readSettings(db, "models").tierShares.gold).toBe(0.06);

    const edited = settingsForm.parse({ ...opened, baseCurrency: "usd" });
    changeSettings(db, editedChanges(edited, opened));
    expect(readSettings(db, "general").baseCurrency).toBe("USD");
  });

  it("reads edges written with Chinese commas and rejects three of them", () => {
    const { db } = tempDatabase();
    const values = formDefaults(readSettings(db, "models"), readSettings(db, "general"));
    expect(settingsForm.parse({ ...values, edgesFrequency: "2，3，5，10" }).edgesFrequency).toEqual(
      [2, 3, 5, 10],
    );
    expect(settingsForm.safeParse({ ...values, edgesFrequency: "2, 3, 5" }).success).toBe(false);
  });
});

describe("the fields a refused save marks", () => {
  it("finds the form's fields for a settings path", () => {
    expect(formFieldsOf(["rfm", "edges", "recency"])).toEqual(["edgesRecency"]);
    expect(formFieldsOf(["rfm", "method"])).toEqual(["rfmMethod"]);
    // Shares that add up to more than 100 % are all four fields' doing.
    expect(formFieldsOf(["tierShares"])).toEqual(["vip", "gold", "silver", "bronze"]);
    expect(formFieldsOf(["tierShares", "gold"])).toEqual(["gold"]);
    expect(formFieldsOf(["lifecycle", "lapsedDays"])).toEqual(["lapsedDays"]);
    expect(formFieldsOf(["prediction", "monthlyDiscountRate"])).toEqual(["discount"]);
    expect(formFieldsOf(["prediction"])).toEqual(["calibrationFrom", "calibrationTo"]);
    expect(formFieldsOf(["margin"])).toEqual(["margin"]);
    expect(formFieldsOf(["campaigns"])).toEqual([]);
  });
});
