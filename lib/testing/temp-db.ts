import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { openDatabase } from "@/db/client";

/** A fresh, migrated database in its own temporary folder, with a helper to write input files there. */
export function tempDatabase() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "strata-test-"));
  const db = openDatabase(path.join(folder, "strata.db"));
  const file = (name: string, content: string | Buffer) => {
    const target = path.join(folder, name);
    fs.writeFileSync(target, content);
    return target;
  };
  return { db, folder, file };
}
