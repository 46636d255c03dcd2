import { cdnowPreset } from "./cdnow";
import { ordersCsvPreset } from "./orders-csv";
import type { Preset } from "./types";

export const presets: Preset[] = [cdnowPreset, ordersCsvPreset];

export function findPreset(id: string): Preset | undefined {
  return presets.find((preset) => preset.id === id);
}

export type { Preset };
