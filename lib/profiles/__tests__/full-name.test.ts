import { describe, expect, it } from "vitest";

import { fullName } from "../full-name";

describe("fullName", () => {
  it("writes Chinese, Japanese and Korean names family name first, without a space", () => {
    expect(fullName("正", "周")).toBe("周正");
    expect(fullName("建国", "赵")).toBe("赵建国");
    expect(fullName("太郎", "山田")).toBe("山田太郎");
    expect(fullName("민준", "김")).toBe("김민준");
  });

  it("writes other names given name first, and a mix of scripts as the file gave it", () => {
    expect(fullName("Maya", "Patel")).toBe("Maya Patel");
    expect(fullName("Wei", "王")).toBe("Wei 王");
    expect(fullName("José", "Núñez")).toBe("José Núñez");
  });

  it("takes the one part there is, or none", () => {
    expect(fullName("周", null)).toBe("周");
    expect(fullName(null, "Patel")).toBe("Patel");
    expect(fullName("", null)).toBeNull();
  });
});
