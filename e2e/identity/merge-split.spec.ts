import { expect, test, type Page } from "@playwright/test";

import { importFile } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

// Under the CDNOW source, so customer ids 00011 and 00012 are CDNOW's: no new customers.
const importOrders = (page: Page, file: string) => importFile(page, `e2e/identity/fixtures/${file}`, "cdnow");

async function openProfile(page: Page, search: string, label: string) {
  await page.goto(`/customers?q=${encodeURIComponent(search)}`);
  await page.getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Identifiers" })).toBeVisible();
}

const timeline = (page: Page) => page.getByTestId("timeline");

test("identity: merge two profiles of one person, split them, and the split survives a re-import", async ({ page }) => {
  await importOrders(page, "grace-two-profiles.csv");

  // Two profiles: CDNOW customer 00011 now with her email, 00012 with her phone.
  await openProfile(page, "grace.hopper@example.com", "grace.hopper@example.com");
  await expect(timeline(page)).toContainText("GH-1");
  await openProfile(page, "+1 212 555 0123", "+12125550123");
  await expect(timeline(page)).toContainText("GH-2");
  await expect(timeline(page)).not.toContainText("GH-1");

  // Merge the phone's profile with the email's: one timeline with both orders.
  await page.getByLabel("Profile id, email, phone or source:id").fill("grace.hopper@example.com");
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByTestId("identity-history")).toContainText("merged");
  await expect(timeline(page)).toContainText("GH-1");
  await expect(timeline(page)).toContainText("GH-2");
  await expect(page.getByText(/Merged by hand with/)).toBeVisible();
  // 00011's CDNOW $58.55 + 00012's $57.06 + $120 + $80.
  await expect(page.getByTestId("revenue")).toHaveText("$315.61");

  // Split the phone and customer 00012 off again.
  await page.getByLabel("Move to a new profile: +12125550123").check();
  await page.getByLabel("Move to a new profile: cdnow:00012").check();
  await page.getByRole("button", { name: "Split off the ticked identifiers" }).click();
  await expect(page.getByTestId("identity-history")).toContainText("split off");
  await expect(timeline(page)).toContainText("GH-1");
  await expect(timeline(page)).not.toContainText("GH-2");

  // A new file puts the email and the phone on one row: they stay apart.
  await importOrders(page, "grace-linked.csv");
  await openProfile(page, "grace.hopper@example.com", "grace.hopper@example.com");
  await expect(timeline(page)).toContainText("GH-3");
  await expect(timeline(page)).not.toContainText("GH-2");
  await openProfile(page, "+1 212 555 0123", "+12125550123");
  await expect(timeline(page)).toContainText("GH-2");
  await expect(timeline(page)).not.toContainText("GH-3");

  // The refused link is listed for review, in both languages.
  await page.goto("/identity");
  await expect(page.getByTestId("reviews")).toContainText("crosses a split made by hand");
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByTestId("reviews")).toContainText("跨越了手动拆分");
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { name: "Identity", exact: true })).toBeVisible();
});
