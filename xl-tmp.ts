import { previewFile } from "@/lib/ingest/preview-file";
import { tempDatabase } from "@/lib/testing/temp-db";
const { db } = tempDatabase();
process.on("uncaughtException", (e) => { console.log("UNCAUGHT", e.stack); });
process.on("unhandledRejection", (e) => { console.log("UNHANDLED", (e as Error).stack); });
const f = "/tmp/trial-files/orders_two_sheets.xlsx";
for (let i = 0; i < 6; i++) {
  const r = await Promise.allSettled([previewFile(db, { file: f }), previewFile(db, { file: f, sheet: "Orders", mapping: { kind: "contact", columns: { email: ["Email"] } } }), previewFile(db, { file: f, sheet: "Orders" })]);
  console.log(i, r.map((x) => x.status === "fulfilled" ? (x.value.recognised?.preset ?? x.value.problem?.code ?? "mapped") : "ERR " + (x.reason as Error).message).join(" | "));
}
