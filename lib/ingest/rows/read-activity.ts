import { interactionKinds } from "@/db/schema/facts";
import { fullName } from "@/lib/profiles/full-name";

import { isPlaceholderDate, parseMoment } from "../normalise/dates";
import type { Preset, ReadContext } from "../presets/types";

import { dateOptions } from "./read-order";
import { readPerson } from "./read-person";
import type { RowReader } from "./row-reader";
import type { InteractionRecord, RowIssue, TicketRecord } from "./types";

// Words event logs use for each kind of touch, looked up with "_" and "-" read as spaces.
const kindWords: Record<string, (typeof interactionKinds)[number]> = {
  visit: "visit", pageview: "visit", "page view": "visit", session: "visit", 访问: "visit",
  浏览: "visit",
  open: "email_open", opened: "email_open", "email open": "email_open", 打开: "email_open",
  click: "email_click", clicked: "email_click", "email click": "email_click", 点击: "email_click",
  social: "social", comment: "social", like: "social", share: "social", reply: "social",
  评论: "social", 点赞: "social",
  event: "event", attended: "event", attendance: "event", registration: "event", signup: "event",
  "sign up": "event", 活动: "event", 签到: "event", 报名: "event",
  lead: "lead_form", "lead form": "lead_form", form: "lead_form", 留资: "lead_form",
  message: "message", chat: "message", sms: "message", 消息: "message", 咨询: "message",
};

/** An interaction row: who, when, what kind of touch, on which channel. */
export function readInteraction(reader: RowReader, preset: Preset, context: ReadContext): InteractionRecord | RowIssue {
  const when = reader.read("occurredAt");
  const moment = parseMoment(when, dateOptions(preset, context));
  if (when && isPlaceholderDate(when, moment)) return reader.issue("occurredAt", "placeholder_date");
  if (!moment) return reader.issue("occurredAt", when ? "bad_date" : "missing_date");
  if (moment.day > context.lastDay) return reader.issue("occurredAt", "future_date");
  const word = reader.read("interactionKind");
  const known = kindWords[word.toLowerCase().replace(/[_-]/g, " ")];
  const kind = known ?? preset.interactionKind ?? "event";
  return {
    row: reader.row,
    recordId: reader.read("recordId") || null,
    person: readPerson(reader, context),
    kind,
    channel: reader.read("channel") || preset.source,
    moment,
    // "Webinar: spring launch" in a type column is no kind, but it says what the event was.
    detail: reader.read("detail") || (known ? null : word) || null,
    name: nameOf(reader),
  };
}

/** A service ticket row. */
export function readTicket(reader: RowReader, preset: Preset, context: ReadContext): TicketRecord | RowIssue {
  const options = dateOptions(preset, context);
  const when = reader.read("openedAt");
  const opened = parseMoment(when, options);
  if (when && isPlaceholderDate(when, opened)) return reader.issue("openedAt", "placeholder_date");
  if (!opened) return reader.issue("openedAt", when ? "bad_date" : "missing_date");
  if (opened.day > context.lastDay) return reader.issue("openedAt", "future_date");
  return {
    row: reader.row,
    ticketId: reader.read("ticketId") || null,
    person: readPerson(reader, context),
    subject: reader.read("subject") || null,
    description: reader.read("description") || null,
    status: reader.read("status") || null,
    priority: reader.read("priority") || null,
    channel: reader.read("channel") || null,
    opened,
    updatedAt: parseMoment(reader.read("updatedAt"), options)?.local ?? null,
    name: nameOf(reader),
  };
}

function nameOf(reader: RowReader): string | null {
  return reader.read("name") || fullName(reader.read("firstName"), reader.read("lastName"));
}

/** An interaction or a ticket, as the preset's kind says. */
export function readActivityRow(reader: RowReader, preset: Preset, context: ReadContext) {
  return preset.kind === "ticket" ? readTicket(reader, preset, context) : readInteraction(reader, preset, context);
}
