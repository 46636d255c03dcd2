/**
 * The names a rule may use for fields and operators. Plain lists with no
 * imports, so the builder in the browser can offer them without loading
 * the schemas.
 */
export const textFields = [
  "name",
  "email",
  "phone",
  "gender",
  "city",
  "region",
  "country",
] as const;
export const textOps = ["is", "is_not", "contains", "starts_with", "is_set", "is_empty"] as const;
export const compareOps = ["gte", "gt", "lte", "lt", "eq"] as const;
export const numberOps = [...compareOps, "ne", "between"] as const;
export const numberFields = [
  "orders",
  "revenue",
  "value",
  "recency_days",
  "r",
  "f",
  "m",
  "predicted_clv",
  "p_alive",
] as const;
export const choiceFields = ["tier", "stage", "rfm_segment", "preferred_channel"] as const;
export const dayFields = ["first_seen", "first_order", "last_order"] as const;
