import fs from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { tierCounts } from "../fixtures/tier-counts";
import { marketer } from "../fixtures/users";

test.use({ storageState: marketer.state });

const number = (text: string) => Number(text.replace(/[^\d]/g, ""));

/** The live count once the builder has finished counting. */
async function settledCount(page: Page): Promise<number> {
  await expect(page.getByText("Counting…")).toBeHidden();
  return number(await page.getByTestId("segment-count").innerText());
}

test("segments: build a two-group segment, watch the count, save it, export it and read the CSV", async ({
  page,
}) => {
  const tiers = await tierCounts(page);
  const everyone = Object.values(tiers).reduce((a, b) => a + b, 0);

  await page.goto("/segments/new");
  await expect(page.getByText(/Time windows .* end on Jun 30, 1998/)).toBeVisible();
  await expect(page.getByTestId("segment-count")).toHaveText(everyone.toLocaleString("en"));

  // Group 1 (the root, all of): value tier VIP or Gold.
  await page.getByLabel("Add condition…").selectOption("tier");
  const tierRow = page.getByTestId("condition").first();
  await tierRow.getByLabel("VIP").check();
  await tierRow.getByLabel("Gold").check();
  await expect(page.getByTestId("segment-count")).toHaveText(
    (tiers.VIP + tiers.Gold).toLocaleString("en"),
  );

  // Group 2 (any of): at least 10 orders, or an order in the last 30 days.
  await page.getByRole("button", { name: "Add group" }).click();
  const nested = page.getByTestId("rule-group").nth(1);
  await nested.getByLabel("Add condition…").selectOption("metric");
  await nested.getByRole("spinbutton", { name: "Orders" }).fill("10");
  await nested.getByLabel("Add condition…").selectOption("metric");
  const recency = nested.getByTestId("condition").nth(1);
  await recency.getByLabel("Metric (orders, spend, R/F/M…)").selectOption("recency_days");
  await recency.getByLabel("Comparison").selectOption("lte");
  await recency.getByRole("spinbutton", { name: "Days since last order" }).fill("30");
  await expect.poll(() => settledCount(page)).toBeLessThan(tiers.VIP + tiers.Gold);
  const count = await settledCount(page);
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId("preview-rows").locator("tr")).toHaveCount(Math.min(20, count));

  await page.getByRole("textbox", { name: "Name" }).fill("E2E VIP and Gold regulars");
  await page.getByRole("button", { name: "Save segment" }).click();
  await expect(page.getByRole("heading", { name: "E2E VIP and Gold regulars" })).toBeVisible();
  await expect(page.getByTestId("segment-count")).toHaveText(count.toLocaleString("en"));

  // Export identifier, tier, orders and days since last order; read the file back.
  const exportCard = page.locator("section", {
    has: page.getByRole("heading", { name: "Export" }),
  });
  for (const column of ["Name", "Email", "Phone", "Stage", "Net spend"])
    await exportCard.getByLabel(column, { exact: true }).uncheck();
  await exportCard.getByLabel("Days since last order").check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exportCard.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const file = fs.readFileSync(await download.path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Profile ID,Identifier,Tier,Orders,Days since last order");
  const rows = lines.slice(1).map((line) => line.split(","));
  expect(rows).toHaveLength(count);
  for (const [, identifier, tier, orders, recencyDays] of rows) {
    // CDNOW ids, or the email of a customer an earlier browser test imported.
    expect(identifier).toMatch(/^(cdnow:\d+|\S+@\S+)$/);
    expect(["VIP", "Gold"]).toContain(tier);
    expect(Number(orders) >= 10 || Number(recencyDays) <= 30).toBe(true);
  }

  // The customer list keeps the segment when sorting and paging.
  await page.getByRole("link", { name: "View customers" }).click();
  await expect(page).toHaveURL(/segmentId=\d+/);
  await expect(page.getByText(`${count.toLocaleString("en")} customers`)).toBeVisible();
  await page.getByRole("link", { name: /^Orders/ }).click();
  await expect(page).toHaveURL(/segmentId=\d+.*sort=orders|sort=orders.*segmentId=\d+/);
  await expect(page.getByText(`${count.toLocaleString("en")} customers`)).toBeVisible();
});

test("segments: a marketer cannot change a starter but can duplicate and delete the copy", async ({
  page,
}) => {
  await page.goto("/segments");
  const starter = (await page.request.get("/api/segments").then((r) => r.json())) as {
    segments: { id: number; starterKey: string | null }[];
  };
  const vip = starter.segments.find((s) => s.starterKey === "tier-vip")!;
  expect((await page.request.delete(`/api/segments/${vip.id}`)).status()).toBe(403);
  const patch = await page.request.patch(`/api/segments/${vip.id}`, {
    data: { name: "mine now", rule: { type: "group", match: "all", children: [] } },
  });
  expect(patch.status()).toBe(403);

  await page.goto(`/segments/${vip.id}`);
  await expect(
    page.getByText("Only the owner, a manager or an admin can change this segment."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { name: "Copy of Tier: VIP" })).toBeVisible();
  // Asked in the page: Escape keeps the segment; the dialog's Delete deletes it.
  await page.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete the segment “Copy of Tier: VIP”?" });
  await expect(confirm).toContainText("This cannot be undone.");
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Copy of Tier: VIP" })).toBeVisible();
  await page.getByRole("button", { name: "Delete" }).click();
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/segments$/);
  await expect(page.getByRole("link", { name: "Copy of Tier: VIP" })).toHaveCount(0);
});

test("segments: the APIs refuse visitors and malformed rules", async ({ page, playwright }) => {
  const visitor = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    storageState: { cookies: [], origins: [] },
  });
  expect(
    (
      await visitor.post("/api/segments/count", {
        data: { rule: { type: "group", match: "all", children: [] } },
      })
    ).status(),
  ).toBe(401);
  await visitor.dispose();

  await page.goto("/segments");
  const hostile = await page.request.post("/api/segments/count", {
    data: {
      rule: {
        type: "group",
        match: "all",
        children: [{ type: "text", field: "city) OR 1=1 --", op: "is", values: ["x"] }],
      },
    },
  });
  expect(hostile.status()).toBe(400);
  expect((await hostile.json()).error).toBe("invalid_rule");
});
