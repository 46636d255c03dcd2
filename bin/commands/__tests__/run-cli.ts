import { vi } from "vitest";

import { runCommand } from "../cli";
import { commands } from "../index";

/** Runs a command line; returns what it wrote to stdout and stderr, and the error it ended with. */
export async function run(...args: string[]) {
  const written: string[] = [];
  const said: string[] = [];
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    said.push(String(chunk));
    return true;
  });
  try {
    const [name, ...rest] = args;
    const error = await runCommand(commands, name, rest).then(
      () => null,
      (failure: unknown) => failure,
    );
    return { stdout: written.join(""), stderr: said.join(""), error };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
