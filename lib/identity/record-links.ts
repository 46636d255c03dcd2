/**
 * The links one record gives: every pair of its distinct identifiers. A full
 * set of pairs (not a star around the first) keeps the identifiers of one
 * record joined to each other when a shared one among them is held apart, so
 * a family email on a record with a phone and an account id leaves the phone
 * and the account together. Pairs are ordered (smaller id first), as
 * identity_links stores them.
 */
export function recordLinks(identifierIds: readonly number[]): [number, number][] {
  const ids = [...new Set(identifierIds)].sort((a, b) => a - b);
  const pairs: [number, number][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i], ids[j]]);
  }
  return pairs;
}
