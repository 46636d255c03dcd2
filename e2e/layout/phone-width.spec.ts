import { expect, test } from "@playwright/test";

import { admin } from "../fixtures/users";

test.use({ storageState: admin.state, viewport: { width: 390, height: 844 } });

// The pages with wide content (tables, the rule builder, forms of many fields): on a phone their
// wide parts scroll inside their own boxes, and the page itself never scrolls sideways.
const pages = ["/", "/structure", "/structure/movement", "/customers", "/segments/new",
  "/campaigns/new",
  "/imports", "/identity", "/settings"];

for (const locale of ["en", "zh-CN"]) {
  const title = `a 390 px wide phone shows every page without sideways scrolling (${locale})`;
  test(title, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "strata-locale", value: locale, url: baseURL! }]);
    for (const path of pages) {
      // Once the client has drawn what it fetches (the builder's live results, charts).
      await page.goto(path, { waitUntil: "networkidle" });
      const widths = await page.evaluate(() =>
        [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0], `${path} is ${widths[0]} px wide`).toBeLessThanOrEqual(widths[1]);
    }
  });
}
