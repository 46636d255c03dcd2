import type { Command } from "./cli";
import { importCommand } from "./import";
import { profileCommand } from "./profile";
import { recomputeCommand } from "./recompute";
import { rollbackCommand } from "./rollback";
import { setupCommand } from "./setup";
import { summaryCommand } from "./summary";
import { usersCommand } from "./users";

export const commands: Record<string, Command> = {
  import: importCommand,
  rollback: rollbackCommand,
  recompute: recomputeCommand,
  summary: summaryCommand,
  profile: profileCommand,
  setup: setupCommand,
  users: usersCommand,
};
