import type { Command } from "./cli";
import { importCommand } from "./import";
import { profileCommand } from "./profile";
import { recomputeCommand } from "./recompute";
import { summaryCommand } from "./summary";

export const commands: Record<string, Command> = {
  import: importCommand,
  recompute: recomputeCommand,
  summary: summaryCommand,
  profile: profileCommand,
};
