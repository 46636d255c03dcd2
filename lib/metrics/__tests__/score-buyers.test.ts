import { describe, expect, it } from "vitest";

import { groupOrders } from "@/lib/metrics/history/order-history";
import { firstPurchaseDay, purchaseDays } from "@/lib/metrics/predictions/purchase-days";
import { scoreBuyers } from "@/lib/metrics/predictions/score-buyers";
import { fitModels, scoreCustomers, summarise, type CustomerScore } from "@/lib/predict";

/** 400 buyers over two years: repeaters, same-day orders, refund rows, refund-only first days. */
function history() {
  let state = 20_241_204;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const [profiles, days, amounts]: number[][] = [[], [], []];
  for (let c = 0; c < 400; c++) {
    const first = 19_000 + Math.floor(random() * 500);
    const orders = 1 + Math.floor(random() * random() * 12);
    for (let k = 0; k < orders; k++) {
      profiles.push(1_000 + c * 7);
      days.push(first + Math.floor(random() * 230) * (k === 0 ? 0 : 1));
      amounts.push(random() < 0.08 ? -1500 : 500 + Math.floor(random() * 20_000));
    }
  }
  return groupOrders(
    Float64Array.from(profiles),
    Int32Array.from(days),
    Float64Array.from(amounts),
  );
}

describe("scoreBuyers", () => {
  const orders = history();
  const asOf = 19_800;
  const everyone = [...purchaseDays(orders, asOf)];
  const fromDay = Math.min(...everyone.map((customer) => customer.orders[0].day));
  const summary = summarise(everyone, { fromDay, toDay: asOf }, "week");
  const models = fitModels(summary.customers, { unit: "week" });
  const options = { horizonMonths: 12, margin: 0.3, monthlyDiscountRate: 0.01 };
  const expected = scoreCustomers(models, summary.customers, options)!.map(
    (score, i) => [Number(summary.customers[i].id), score] as const,
  );

  it("finds the first purchase day past refund-only days", () => {
    expect(firstPurchaseDay(orders, asOf, asOf)).toBe(fromDay);
    expect(firstPurchaseDay(orders, asOf, fromDay - 3)).toBe(fromDay - 3);
  });

  it.each([1, 7, 20_000])("scores %i buyers at a time as the whole cohort at once", (step) => {
    expect(models.bgnbd.status).toBe("fitted");
    const scored: (readonly [number, CustomerScore])[] = [];
    const collect = (c: number, score: CustomerScore) => scored.push([c, score]);
    expect(scoreBuyers(orders, asOf, models, options, collect, { step })).toBe(true);
    expect(scored).toHaveLength(everyone.length);
    expect(scored).toEqual(expected);
  });
});
