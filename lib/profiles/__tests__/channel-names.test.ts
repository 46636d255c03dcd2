import { describe, expect, it } from "vitest";

import { channelLabel } from "@/lib/i18n/file-values";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { findOrCreateSource } from "@/lib/ingest/find-source";
import { channelNames } from "@/lib/profiles/channel-names";
import { tempDatabase } from "@/lib/testing/temp-db";

describe("channel names on a page", () => {
  it("show a source's name as the admin typed it, and a translated channel name before it", () => {
    const { db } = tempDatabase();
    findOrCreateSource(db, "Web shop", "orders-csv");
    findOrCreateSource(db, "Excel 店", "orders-csv");
    findOrCreateSource(db, "newsletter", "contacts-csv");
    const names = channelNames(db, en.fileValues);
    expect(["web-shop", "excel-店", "newsletter"].map((key) => channelLabel(names, key)))
      .toEqual(["Web shop", "Excel 店", "newsletter"]);
    findOrCreateSource(db, "Store", "orders-csv");
    expect(channelLabel(channelNames(db, zhCN.fileValues), "store")).toBe(zhCN.fileValues.channels.store);
  });
});
