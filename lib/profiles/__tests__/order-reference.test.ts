import { describe, expect, it } from "vitest";

import { contentHash } from "@/lib/ingest/write/record-keys";

import { orderReference } from "../order-reference";

describe("an order's reference as its file wrote it", () => {
  it("is the key itself for an order id, including ids with colons or tildes of their own", () => {
    expect(orderReference("#1001")).toEqual({ reference: "#1001", refund: false });
    expect(orderReference("INV:2024:7")).toEqual({ reference: "INV:2024:7", refund: false });
    expect(orderReference("A~B")).toEqual({ reference: "A~B", refund: false });
  });

  it("drops the buyer an id taken by another buyer's order is keyed with", () => {
    expect(orderReference("50001~email:jan@example.nl")).toEqual({ reference: "50001", refund: false });
    expect(orderReference("7~ext:shop:C-9")).toEqual({ reference: "7", refund: false });
  });

  it("is none for the keys made for orders without ids", () => {
    expect(orderReference(`h:${contentHash("a row")}#2`)).toEqual({ reference: null, refund: false });
    expect(orderReference("ext:cdnow:00042|1997-03-05")).toEqual({ reference: null, refund: false });
  });

  it("marks a payment bill's refund row", () => {
    expect(orderReference("refund:50300008012024031900123")).toEqual({
      reference: "50300008012024031900123", refund: true,
    });
  });
});
