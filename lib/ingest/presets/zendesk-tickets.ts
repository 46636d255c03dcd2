import { nestedText } from "./nested-json";
import type { Preset } from "./types";

/**
 * Zendesk tickets, as the CSV export (Admin Center › Reports › Export) or
 * the JSON one Zendesk recommends past 200 000 tickets (one Tickets API
 * object per line; headers are compared folded, so `requester_id` is
 * `Requester id`). One row per ticket; the requester is named by Zendesk's
 * user id, and by email in the CSV only: the JSON export's requesters get
 * their email from the users export (see zendesk-users). Free text may hold
 * line breaks, commas and quotes inside quoted cells.
 */
export const zendeskTickets: Preset = {
  id: "zendesk-tickets",
  label: "Zendesk tickets",
  kind: "ticket",
  source: "zendesk",
  signature: ["Requester email", "Requester", "Requester id", "Summation column", "Via"],
  columns: {
    ticketId: ["Id"],
    email: ["Requester email"],
    name: ["Requester", "Requester name"],
    customerId: ["Requester id", "Requester external id"],
    subject: ["Subject"],
    description: ["Description"],
    status: ["Status"],
    priority: ["Priority"],
    channel: ["Via"],
    openedAt: ["Created at"],
    updatedAt: ["Updated at"],
  },
  known: ["Summation column", "Requester external id", "Requester domain", "Submitter", "Assignee", "Group",
    "Tags", "Ticket type", "Assigned at", "Organization", "Due date", "Initially assigned at", "Solved at",
    "Resolution time", "Satisfaction Score", "Group stations", "Assignee stations", "Reopens", "Replies",
    "First reply time in minutes", "First reply time in minutes within business hours",
    "First resolution time in minutes", "First resolution time in minutes within business hours",
    "Full resolution time in minutes", "Full resolution time in minutes within business hours",
    "Agent wait time in minutes", "Agent wait time in minutes within business hours",
    "Requester wait time in minutes", "Requester wait time in minutes within business hours",
    "On hold time in minutes", "On hold time in minutes within business hours",
    // The JSON export's keys, beyond those the CSV shares.
    "url", "external_id", "type", "raw_subject", "recipient", "submitter_id", "assignee_id",
    "organization_id", "group_id", "collaborator_ids", "follower_ids", "email_cc_ids",
    "forum_topic_id", "problem_id", "has_incidents", "is_public", "due_at", "custom_fields",
    "satisfaction_rating", "sharing_agreement_ids", "fields", "followup_ids", "ticket_form_id",
    "brand_id", "allow_channelback", "allow_attachments", "from_messaging_channel",
    "custom_status_id", "generated_timestamp"],
  // A ticket an agent filed (an internal one) is no customer's, once the users export said who
  // the agents are.
  leaveOut(row, isStaff) {
    if (!isStaff(row.read("customerId"))) return null;
    return { field: "customerId", reason: "staff_requester" };
  },
  refine(read) {
    // The JSON export's `via` is an object; its channel ("email", "web", "chat") is the CSV's Via.
    const via = read("channel");
    return via.startsWith("{") ? { channel: nestedText(via, "channel") } : null;
  },
};
