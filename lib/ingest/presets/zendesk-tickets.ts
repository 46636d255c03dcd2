import type { Preset } from "./types";

/**
 * Zendesk tickets CSV export (Admin Center › Reports › Export): one row per
 * ticket; the requester is named by email and by Zendesk's user id. Free
 * text may hold line breaks, commas and quotes inside quoted cells.
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
    "On hold time in minutes", "On hold time in minutes within business hours"],
};
