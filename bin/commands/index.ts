import type { Command } from "./cli";
import { fitCommand } from "./fit";
import { importCommand } from "./import";
import { importsCommand } from "./imports";
import { profileCommand } from "./profile";
import { recomputeCommand } from "./recompute";
import { resolveCommand } from "./resolve";
import { rollbackCommand } from "./rollback";
import { settingsCommand } from "./settings";
import { setupCommand } from "./setup";
import { summaryCommand } from "./summary";
import { usersCommand } from "./users";

export const commands: Record<string, Command> = {
  import: importCommand,
  imports: importsCommand,
  rollback: rollbackCommand,
  recompute: recomputeCommand,
  resolve: resolveCommand,
  summary: summaryCommand,
  fit: fitCommand,
  profile: profileCommand,
  settings: settingsCommand,
  setup: setupCommand,
  users: usersCommand,
};
