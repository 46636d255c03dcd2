import { describe, expect, it } from "vitest";

import { cellText } from "../read-xlsx";

describe("cellText", () => {
  it("gives a workbook cell the text Excel's CSV export would", () => {
    expect(cellText({ error: "#DIV/0!" } as never)).toBe("#DIV/0!");
    expect(cellText({ formula: "A1*2", result: 42 } as never)).toBe("42");
    expect(cellText({ formula: "A1*2" } as never)).toBe("");
    const rich = { richText: [{ text: "王" }, { text: "小明" }] };
    expect(cellText(rich as never)).toBe("王小明");
    expect(cellText(new Date(Date.UTC(2024, 2, 5)))).toBe("2024-03-05");
    expect(cellText(new Date(Date.UTC(2024, 2, 5, 10, 30)))).toBe("2024-03-05 10:30:00");
  });
});
