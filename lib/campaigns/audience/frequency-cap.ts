export interface FrequencyCap {
  /** Most touches a customer may get… */
  touches: number;
  /** …in any run of this many consecutive days. */
  days: number;
}

/**
 * Whether one more touch on `sendDay` would break the cap: true when some
 * run of `cap.days` days that contains the send day already holds
 * `cap.touches` touches from other campaigns. Every window through the send
 * day is checked, so touches just before and just after both count.
 */
export function breaksFrequencyCap(touchDays: number[], sendDay: number, cap: FrequencyCap): boolean {
  if (touchDays.length < cap.touches) return false;
  for (let first = sendDay - cap.days + 1; first <= sendDay; first++) {
    const last = first + cap.days - 1;
    const inWindow = touchDays.filter((day) => day >= first && day <= last).length;
    if (inWindow >= cap.touches) return true;
  }
  return false;
}
