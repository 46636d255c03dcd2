/** Why a campaign operation was refused; the UI words each code. */
export type CampaignErrorCode =
  | "not_found"
  | "wrong_status"
  | "forbidden"
  | "invalid"
  | "no_message"
  | "empty_audience"
  | "over_budget";

/** A refusal the user can act on, as opposed to a bug. */
export class CampaignError extends Error {
  constructor(
    readonly code: CampaignErrorCode,
    detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
