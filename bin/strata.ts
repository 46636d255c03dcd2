/**
 * The Strata command line: `npm run strata -- <command> [options]`.
 * Every command takes --db <path> (default: STRATA_DB, else data/strata.db)
 * and exits non-zero with a one-line message on error.
 */
import { commands } from "./commands";
import { CliError, commandFirst, runCommand } from "./commands/cli";

const [name, ...args] = commandFirst(process.argv.slice(2));

try {
  await runCommand(commands, name, args);
} catch (error) {
  const message = error instanceof CliError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`strata: ${message}\n`);
  if (!(error instanceof CliError) && process.env.STRATA_LOG_LEVEL === "debug") console.error(error);
  process.exitCode = 1;
}
