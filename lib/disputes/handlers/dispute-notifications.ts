import type { Db } from "../../core/db";
import { createNotification } from "../../notifications/create-notification";
import { composeEmail } from "../../notifications/templates/compose";
import { formatMoney } from "../../notifications/templates/format";
import { absoluteUrl } from "../../notifications/templates/links";
import type { Handler } from "../../events/handler";
import type { DomainEventPayloads } from "../../events/types";

/**
 * Who hears what about a dispute. Every effect is keyed by the event id and the recipient, so a
 * retried delivery sends nothing twice. Bounty disputes' opening and outcome are already told by
 * bounty.disputed / bounty.dispute_resolved; here they get the rest (messages, proposals, escalation).
 */

type DisputeEvent = "dispute.opened" | "dispute.message_added" | "dispute.evidence_added" | "dispute.proposal_made" | "dispute.proposal_answered" | "dispute.escalated" | "dispute.resolved";

export const disputePath = (disputeId: string) => `/disputes/${encodeURIComponent(disputeId)}`;

async function loadDispute(db: Db, disputeId: string) {
  const d = await db.dispute.findUnique({
    where: { id: disputeId },
    select: {
      id: true,
      currency: true,
      booking: { select: { serviceName: true, customer: { select: { id: true, email: true } }, provider: { select: { user: { select: { id: true, email: true } } } } } },
      bounty: { select: { title: true, poster: { select: { id: true, email: true } }, acceptedOffer: { select: { provider: { select: { user: { select: { id: true, email: true } } } } } } } },
    },
  });
  if (!d) return null;
  const customer = d.booking?.customer ?? d.bounty?.poster ?? null;
  const provider = d.booking?.provider.user ?? d.bounty?.acceptedOffer?.provider.user ?? null;
  return { id: d.id, kind: d.booking ? ("booking" as const) : ("bounty" as const), title: d.booking?.serviceName ?? d.bounty?.title ?? "", currency: d.currency, customer, provider };
}

function content<T extends DisputeEvent>(type: T, data: DomainEventPayloads[T], title: string, currency: string): { title: string; body: string } {
  const d = data as Record<string, unknown>;
  switch (type) {
    case "dispute.opened":
      return { title: "A customer opened a dispute", body: `About "${title}". Their payment is on hold: answer within the deadline or Hearth support decides.` };
    case "dispute.message_added":
      return { title: "New message in a dispute", body: `About "${title}".` };
    case "dispute.evidence_added":
      return { title: "New evidence in a dispute", body: `About "${title}".` };
    case "dispute.proposal_made":
      return { title: "A settlement was proposed", body: `A refund of ${formatMoney(Number(d.refundAmount), currency)} for "${title}". Accept or reject it.` };
    case "dispute.proposal_answered":
      return { title: d.answer === "accept" ? "Your proposal was accepted" : "Your proposal was rejected", body: `About "${title}".` };
    case "dispute.escalated":
      return { title: "Dispute sent to Hearth support", body: `"${title}" is now in the support queue${d.automatic ? " (no answer by the deadline)" : ""}.` };
    default:
      return { title: "Dispute resolved", body: `"${title}": ${formatMoney(Number(d.refundAmount), currency)} refunded to the customer${d.outcome === "refund" ? " (in full)" : d.outcome === "release" ? " (the payment goes to the provider)" : ", the rest goes to the provider"}.` };
  }
}

function recipients(type: DisputeEvent, actorId: string | null, parties: { customer: { id: string; email: string } | null; provider: { id: string; email: string } | null }) {
  const both = [parties.customer, parties.provider].filter((p): p is { id: string; email: string } => p !== null);
  if (type === "dispute.escalated" || type === "dispute.resolved") return both;
  return both.filter((p) => p.id !== actorId);
}

const EMAILED: DisputeEvent[] = ["dispute.opened", "dispute.resolved"];

export function notifyOnDisputeEvent<T extends DisputeEvent>(): Handler<T> {
  return async (event, ctx) => {
    const type = event.type as T;
    const data = event.payload.data as DomainEventPayloads[T];
    const dispute = await loadDispute(ctx.db, (data as { disputeId: string }).disputeId);
    if (!dispute || (dispute.kind === "bounty" && type === "dispute.resolved")) return;
    const text = content(type, data, dispute.title, dispute.currency);
    for (const user of recipients(type, event.payload.actorId, dispute)) {
      await createNotification({ userId: user.id, type: `${dispute.kind}.${type.replace(".", "_")}`, dedupeKey: `${type}:${event.id}:${user.id}`, title: text.title, body: text.body, link: disputePath(dispute.id) });
    }
  };
}

export function emailOnDisputeEvent<T extends DisputeEvent>(): Handler<T> {
  return async (event, ctx) => {
    const type = event.type as T;
    if (!EMAILED.includes(type)) return;
    const data = event.payload.data as DomainEventPayloads[T];
    const dispute = await loadDispute(ctx.db, (data as { disputeId: string }).disputeId);
    if (!dispute || (dispute.kind === "bounty" && type === "dispute.resolved")) return;
    const text = content(type, data, dispute.title, dispute.currency);
    for (const user of recipients(type, event.payload.actorId, dispute)) {
      await ctx.email.send({
        to: user.email,
        template: type === "dispute.opened" ? "dispute-opened" : "dispute-resolved",
        dedupeKey: `${type}:${event.id}:${user.id}:email`,
        ...composeEmail({ subject: text.title, heading: text.title, paragraphs: [text.body], action: { label: "Open the dispute", url: absoluteUrl(disputePath(dispute.id)) } }),
      });
    }
  };
}
