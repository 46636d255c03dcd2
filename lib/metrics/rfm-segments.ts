/** The 11 named RFM segments, in the order the rules below are tried. */
export const rfmSegments = [
  "champions",
  "need_attention",
  "loyal",
  "cant_lose",
  "at_risk",
  "new",
  "promising",
  "potential_loyalist",
  "lost",
  "about_to_sleep",
  "hibernating",
] as const;
export type RfmSegment = (typeof rfmSegments)[number];

type Rule = { segment: RfmSegment; r: [number, number]; fm: [number, number] };

/**
 * First match wins, over R and FM = (F + M) / 2 rounded half up. The rules
 * cover the 5×5 grid, and each segment owns at least one cell:
 *
 *        FM 1          FM 2            FM 3            FM 4–5
 *   R 5  new           potential       loyal           champions
 *   R 4  promising     potential       loyal           champions
 *   R 3  about to sleep potential      need attention  loyal
 *   R 2  about to sleep about to sleep at risk         at risk
 *   R 1  lost          hibernating     at risk         can't lose
 */
const rules: Rule[] = [
  { segment: "champions", r: [4, 5], fm: [4, 5] },
  { segment: "need_attention", r: [3, 3], fm: [3, 3] },
  { segment: "loyal", r: [3, 5], fm: [3, 5] },
  { segment: "cant_lose", r: [1, 1], fm: [4, 5] },
  { segment: "at_risk", r: [1, 2], fm: [3, 5] },
  { segment: "new", r: [5, 5], fm: [1, 1] },
  { segment: "promising", r: [4, 4], fm: [1, 1] },
  { segment: "potential_loyalist", r: [3, 5], fm: [2, 2] },
  { segment: "lost", r: [1, 1], fm: [1, 1] },
  { segment: "about_to_sleep", r: [2, 3], fm: [1, 2] },
  { segment: "hibernating", r: [1, 2], fm: [1, 2] },
];

export function fmScore(f: number, m: number): number {
  return Math.floor((f + m) / 2 + 0.5);
}

export function rfmSegment(r: number, f: number, m: number): RfmSegment {
  const fm = fmScore(f, m);
  const rule = rules.find(
    ({ r: [rLow, rHigh], fm: [fmLow, fmHigh] }) =>
      r >= rLow && r <= rHigh && fm >= fmLow && fm <= fmHigh,
  );
  if (!rule) throw new RangeError(`RFM scores out of range: ${r}${f}${m}`);
  return rule.segment;
}
