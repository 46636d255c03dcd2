// Han, kana and Hangul: scripts whose names are written family name first, without a space.
const eastAsian =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}·・]+$/u;

/**
 * A person's name from the given and family names a file keeps in two columns: "Maya Patel",
 * but 周正 for 正 and 周, as Chinese, Japanese and Korean names are written and searched.
 */
export function fullName(given: string | null, family: string | null): string | null {
  if (!given || !family) return given || family || null;
  const familyFirst = eastAsian.test(given) && eastAsian.test(family);
  return familyFirst ? `${family}${given}` : `${given} ${family}`;
}
