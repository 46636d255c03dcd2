import { ZodError } from "zod";

import { roles, type Role } from "@/db/schema/users";
import { createUser, listUsers, setUserPassword } from "@/lib/users/manage-users";

import { CliError, printJson, type Command } from "./cli";

const usage = "npm run strata -- users list | " +
  "add <email> --role admin|manager|marketer --password <pw> | password <email> --password <pw>";

/** Users from the command line: list, add, and reset a forgotten password. */
export const usersCommand: Command = {
  summary: "users: users list | add <email> --role <role> --password <pw> | password <email> --password <pw>",
  usage,
  options: { role: { type: "string" }, password: { type: "string" }, name: { type: "string" }, json: { type: "boolean" } },
  async run(input) {
    try {
      await manageUsers(input);
    } catch (error) {
      // "password: at least 8 characters", not the validator's list of issues.
      if (!(error instanceof ZodError)) throw error;
      throw new CliError(error.issues.map((issue) =>
        `${issue.path.join(".") || "password"}: ${issue.message}`).join("; "));
    }
  },
};

async function manageUsers({ values, positionals, db }: Parameters<Command["run"]>[0]) {
  const [action, email] = positionals;
  if (action === "list") return printJson(listUsers(db()));
  if (!email || typeof values.password !== "string") throw new CliError(`usage: ${usage}`);
  if (action === "password") {
    await setUserPassword(db(), email, values.password);
    process.stdout.write(`Password changed for ${email}.\n`);
    return;
  }
  if (action !== "add") throw new CliError(`usage: ${usage}`);
  if (!roles.includes(values.role as Role)) {
    throw new CliError(`--role must be one of ${roles.join(", ")}`);
  }
  const user = await createUser(db(), {
    email,
    role: values.role as Role,
    password: values.password,
    name: (values.name as string | undefined) ?? "",
  });
  process.stdout.write(`Added ${user.email} as ${user.role}.\n`);
}
