import { parseArgs, type ParseArgsConfig } from "node:util";

import { openDatabase, type Db } from "@/db/client";
import { env } from "@/lib/env";

/** A user mistake: printed as one line, no stack. */
export class CliError extends Error {}

export type Command = {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run: (input: {
    values: Record<string, unknown>;
    positionals: string[];
    db: () => Db;
    /** The database file `db` opens (and creates when it does not exist). */
    dbFile: string;
  }) => Promise<void> | void;
};

const dbOption = { db: { type: "string" } } as const;

export async function runCommand(commands: Record<string, Command>, name: string | undefined, args: string[]) {
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`).join("\n");
    if (name && name !== "help" && name !== "--help") throw new CliError(`unknown command "${name}"\n${list}`);
    process.stdout.write(`usage: npm run strata -- <command> [options]\n\n${list}\n\n`);
    process.stdout.write(`${dbLine()}\n`);
    process.stdout.write("npm run strata -- <command> --help lists all of a command's options.\n");
    return;
  }
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`usage: ${command.usage}\n${dbLine()}\n`);
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...command.options, ...dbOption }, allowPositionals: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nusage: ${command.usage}`);
  }
  const file = (parsed.values.db as string | undefined) ?? env.databasePath;
  let db: Db | undefined;
  await command.run({
    values: parsed.values,
    positionals: parsed.positionals,
    db: () => (db ??= openDatabase(file)),
    dbFile: file,
  });
}

/** The arguments, command first: `--db <file>` may also come before it (`--db x.db summary`). */
export function commandFirst(argv: string[]): string[] {
  const dbAt = argv[0] === "--db" ? 2 : argv[0]?.startsWith("--db=") ? 1 : 0;
  return [...argv.slice(dbAt), ...argv.slice(0, dbAt)];
}

export function printJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function dbLine(): string {
  return `Every command takes --db <file>: the database to use (default ${env.databasePath}).`;
}
