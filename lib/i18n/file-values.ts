import type { Messages } from "./locales";

export type FileValueNames = Messages["fileValues"];

/** A channel as the reader's language names it; else as the file wrote it. */
export function channelLabel(names: FileValueNames, channel: string): string {
  return names.channels[channel.trim().toLowerCase()] ?? channel;
}

/** An order's or ticket's status in the reader's language, else as the file wrote it. */
export function statusLabel(names: FileValueNames, status: string): string {
  return names.statuses[status.trim().toLowerCase()] ?? status;
}
