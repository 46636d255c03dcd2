import type { IdentitySettings } from "../settings";

/**
 * The most distinct values one profile may hold for each key family of the
 * graph ("email", "phone", "ext:<scope>"), from the settings: a scope's own
 * limit when set, else the limit for its kind.
 */
export function limitsFor(classes: readonly string[], settings: IdentitySettings): Int32Array {
  return Int32Array.from(classes, (cls) => {
    if (cls === "email" || cls === "phone") return settings.limits[cls];
    if (cls.startsWith("ext:")) return settings.scopeLimits[cls.slice(4)] ?? settings.limits.ext;
    return settings.limits.ext;
  });
}
