import { fill, type Messages } from "@/lib/i18n/locales";
import type { TimesNote } from "@/lib/ingest/mapping/times-note";

/** Says how the file's times land on the store's calendar, when one falls on another day there. */
export function TimesNoteText({ t, note }: { t: Messages["imports"]["preview"]; note: TimesNote }) {
  const zones = { zone: note.storeZone, fileZone: note.fileZone ?? "" };
  return (
    <p className="text-xs text-amber-800" data-testid="times-note">
      {note.fileZone && fill(t.timesFileZone, zones)}
      {note.fileZone && note.moved && " "}
      {note.moved && fill(t.timesMoved, { ...zones, raw: note.moved.raw, read: note.moved.read })}
    </p>
  );
}
