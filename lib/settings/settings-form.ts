import { z } from "zod";

import type { SettingChange } from "./change-settings";
import {
  rfmMethods,
  settingsRules,
  snapshotPeriods,
  tierValues,
  type GeneralSettings,
  type ModelSettings,
} from "./schema";

/** Empty text is "not set"; numbers come as text from the form. */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v));
const number = z.coerce.number().refine(Number.isFinite, settingsRules.notANumber);
const percent = number.transform((v) => Number((v / 100).toFixed(10)));
const edges = z
  .string()
  .transform((text) =>
    text
      .split(/[,，\s]+/)
      .filter(Boolean)
      .map(Number),
  )
  .refine((list) => list.length === 4 && list.every(Number.isFinite), settingsRules.fourNumbers);

/** The value-models form of the settings page, field by field. */
export const settingsForm = z.object({
  asOf: optionalText,
  rfmMethod: z.enum(rfmMethods),
  edgesRecency: edges,
  edgesFrequency: edges,
  edgesMonetary: edges,
  vip: percent,
  gold: percent,
  silver: percent,
  bronze: percent,
  tierValue: z.enum(tierValues),
  engagedDays: number,
  newDays: number,
  atRiskDays: number,
  lapsedDays: number,
  gapMultiple: number,
  loyalOrders: number,
  snapshotPeriod: z.enum(snapshotPeriods),
  baseCurrency: optionalText.transform((v) => v?.toUpperCase() ?? null),
  margin: percent,
  calibrationFrom: optionalText,
  calibrationTo: optionalText,
  unit: z.enum(["day", "week"]),
  horizonMonths: number,
  discount: percent,
});
export type SettingsForm = z.infer<typeof settingsForm>;

/** The form's values as setting changes; the settings schemas then check the whole result. */
export function formChanges(form: SettingsForm): SettingChange[] {
  return [
    { path: "asOf", value: form.asOf },
    {
      path: "rfm",
      value: {
        method: form.rfmMethod,
        edges: {
          recency: form.edgesRecency,
          frequency: form.edgesFrequency,
          monetary: form.edgesMonetary,
        },
      },
    },
    {
      path: "tierShares",
      value: { vip: form.vip, gold: form.gold, silver: form.silver, bronze: form.bronze },
    },
    { path: "tierValue", value: form.tierValue },
    {
      path: "lifecycle",
      value: {
        engagedDays: form.engagedDays,
        newDays: form.newDays,
        atRiskDays: form.atRiskDays,
        lapsedDays: form.lapsedDays,
        gapMultiple: form.gapMultiple,
        loyalOrders: form.loyalOrders,
      },
    },
    { path: "snapshotPeriod", value: form.snapshotPeriod },
    { path: "baseCurrency", value: form.baseCurrency },
    { path: "margin", value: form.margin },
    {
      path: "prediction",
      value: {
        calibrationFrom: form.calibrationFrom,
        calibrationTo: form.calibrationTo,
        unit: form.unit,
        horizonMonths: form.horizonMonths,
        monthlyDiscountRate: form.discount,
      },
    },
  ];
}

type FormField = keyof SettingsForm;
const lifecycleFields: FormField[] =
  ["engagedDays", "newDays", "atRiskDays", "lapsedDays", "gapMultiple", "loyalOrders"];
const shareFields: FormField[] = ["vip", "gold", "silver", "bronze"];
const isFormField = (key: unknown): key is FormField =>
  typeof key === "string" && key in settingsForm.shape;

/**
 * The form's fields a rule broken at a settings path concerns, to mark on the form: the edges of
 * recency at rfm.edges.recency, all four shares for shares that add up to more than 100 %.
 */
export function formFieldsOf(path: readonly PropertyKey[]): FormField[] {
  const [group, key, detail] = path.map(String);
  if (group === "rfm") {
    if (key === "method") return ["rfmMethod"];
    const edge = `edges${(detail ?? "").charAt(0).toUpperCase()}${(detail ?? "").slice(1)}`;
    return isFormField(edge) ? [edge] : ["edgesRecency", "edgesFrequency", "edgesMonetary"];
  }
  if (group === "tierShares") return isFormField(key) ? [key] : shareFields;
  if (group === "lifecycle") return isFormField(key) ? [key] : lifecycleFields;
  if (group === "prediction") {
    if (key === "monthlyDiscountRate") return ["discount"];
    return isFormField(key) ? [key] : ["calibrationFrom", "calibrationTo"];
  }
  return isFormField(group) ? [group] : [];
}

/**
 * The changes whose values differ from those the form opened with (`opened`, its starting values
 * as formDefaults gave them). A setting changed elsewhere since (the Imports page sets the base
 * currency too, the command line any) keeps that value unless this form edited it. Without
 * readable starting values, every change.
 */
export function editedChanges(form: SettingsForm, opened: unknown): SettingChange[] {
  const start = settingsForm.safeParse(opened);
  if (!start.success) return formChanges(form);
  const before = new Map(
    formChanges(start.data).map(({ path, value }) => [path, JSON.stringify(value)]),
  );
  return formChanges(form).filter(({ path, value }) => before.get(path) !== JSON.stringify(value));
}

/** The form's starting values: the current settings, shares as percentages. */
export function formDefaults(
  models: ModelSettings,
  general: GeneralSettings,
): Record<keyof SettingsForm, string> {
  const pct = (share: number) => String(Number((share * 100).toFixed(6)));
  const { lifecycle: l, prediction: p, rfm } = models;
  return {
    asOf: models.asOf ?? "",
    rfmMethod: rfm.method,
    edgesRecency: rfm.edges.recency.join(", "),
    edgesFrequency: rfm.edges.frequency.join(", "),
    edgesMonetary: rfm.edges.monetary.join(", "),
    vip: pct(models.tierShares.vip),
    gold: pct(models.tierShares.gold),
    silver: pct(models.tierShares.silver),
    bronze: pct(models.tierShares.bronze),
    tierValue: models.tierValue,
    engagedDays: String(l.engagedDays),
    newDays: String(l.newDays),
    atRiskDays: String(l.atRiskDays),
    lapsedDays: String(l.lapsedDays),
    gapMultiple: String(l.gapMultiple),
    loyalOrders: String(l.loyalOrders),
    snapshotPeriod: models.snapshotPeriod,
    baseCurrency: general.baseCurrency ?? "",
    margin: pct(general.margin),
    calibrationFrom: p.calibrationFrom ?? "",
    calibrationTo: p.calibrationTo ?? "",
    unit: p.unit,
    horizonMonths: String(p.horizonMonths),
    discount: pct(p.monthlyDiscountRate),
  };
}
