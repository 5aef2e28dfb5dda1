import type { Db } from "../core/db";
import type { DomainEventType, StoredEvent } from "../events/types";
import { formatMoney } from "../notifications/templates/format";
import { assignedPerson, offerOf, type BountyAudience, type Person } from "./audience";
import { shortName } from "./dto";

/**
 * Who hears about each bounty event, and what they read (the in-app text; the email wraps the same
 * words with a link). Plain strings: composeEmail escapes them, React escapes notifications.
 */
export interface BountyMessage {
  to: Person;
  /** Also by email (the in-app notification always goes out, subject to preferences). */
  email: boolean;
  title: string;
  body: string;
  /** Defaults to the bounty's page. */
  path?: string;
}

/** Moderation's bounty events are lib/moderation's to announce (docs/moderation.md). */
type ModerationBountyEvent = "bounty.hidden" | "bounty.restored" | "bounty.reports_dismissed" | "bounty.reported";
export type BountyEventType = Exclude<Extract<DomainEventType, `bounty.${string}` | `offer.${string}`>, ModerationBountyEvent>;
type Compose<T extends BountyEventType> = (a: BountyAudience, event: StoredEvent<T>, db: Db) => Promise<BountyMessage[]> | BountyMessage[];

export const bountyPath = (bountyId: string) => `/bounties/${encodeURIComponent(bountyId)}`;
export const DISPUTES_PATH = "/admin/disputes";

const money = (a: BountyAudience, amount: number) => (a.budgetAmount === 0 ? "for honor" : formatMoney(amount, a.currency));
const quote = (text: string | null | undefined) => `“${(text ?? "").slice(0, 300)}”`;
const day = (d: Date | null) => (d ? d.toUTCString().slice(0, 16) : "soon");
const others = (a: BountyAudience, actorId: string | null) => [a.poster, assignedPerson(a)].filter((p): p is Person => !!p && p.id !== actorId);
const offerer = (a: BountyAudience, offerId: string) => offerOf(a, offerId)?.provider ?? null;

async function latestReason(db: Db, bountyId: string, action: string, before: Date): Promise<string | null> {
  const row = await db.auditLog.findFirst({ where: { entityType: "Bounty", entityId: bountyId, action, createdAt: { lte: before } }, orderBy: { createdAt: "desc" }, select: { data: true } });
  return (row?.data as { reason?: string } | null)?.reason ?? null;
}

export const bountyMessages: { [T in BountyEventType]: Compose<T> } = {
  "bounty.posted": (a) => [{ to: a.poster, email: false, title: "Your bounty is live", body: `“${a.title}” is on the board. We'll tell you when providers ask questions or make offers.` }],
  "bounty.held_for_review": (a) => [{ to: a.poster, email: false, title: "Your bounty is under review", body: `“${a.title}” is being checked by Hearth support before it goes on the board. We'll tell you as soon as it is live.` }],
  "bounty.question_asked": async (a, e, db) => {
    const q = await db.bountyQuestion.findUnique({ where: { id: e.payload.data.questionId }, select: { question: true } });
    return [{ to: a.poster, email: true, title: "New question on your bounty", body: `A provider asked about “${a.title}”: ${quote(q?.question)}. Your answer is public.` }];
  },
  "bounty.question_answered": async (a, e, db) => {
    const q = await db.bountyQuestion.findUnique({ where: { id: e.payload.data.questionId }, select: { answer: true, authorId: true } });
    const asker = q && (await db.user.findUnique({ where: { id: q.authorId }, select: { id: true, name: true, email: true } }));
    return asker ? [{ to: asker, email: true, title: "Your question was answered", body: `${shortName(a.poster.name)} answered on “${a.title}”: ${quote(q.answer)}` }] : [];
  },
  "offer.submitted": (a, e) => {
    const o = offerOf(a, e.payload.data.offerId);
    return o ? [{ to: a.poster, email: true, title: "New offer on your bounty", body: `${o.provider.businessName} offered ${money(a, o.amount)} for “${a.title}”, ready in ${o.etaDays} day(s).` }] : [];
  },
  "offer.revised": (a, e) => {
    const o = offerOf(a, e.payload.data.offerId);
    return o ? [{ to: a.poster, email: false, title: "An offer changed", body: `${o.provider.businessName} now offers ${money(a, o.amount)} for “${a.title}”, ready in ${o.etaDays} day(s).` }] : [];
  },
  "offer.withdrawn": (a, e) => {
    const p = offerer(a, e.payload.data.offerId);
    return p ? [{ to: a.poster, email: false, title: "An offer was withdrawn", body: `${p.businessName} withdrew their offer for “${a.title}”.` }] : [];
  },
  "offer.countered": (a, e) => {
    const o = offerOf(a, e.payload.data.offerId);
    const body = `${shortName(a.poster.name)} proposes ${money(a, o?.counterAmount ?? 0)} instead of ${money(a, o?.amount ?? 0)} for “${a.title}”. Revise your offer to that price to agree.`;
    return o ? [{ to: o.provider.user, email: true, title: "You received a counter-offer", body }] : [];
  },
  "offer.accepted": (a, e) => {
    const o = offerOf(a, e.payload.data.offerId);
    if (!o) return [];
    const held = a.budgetAmount === 0 ? "It's for honor: no money changes hands." : `${money(a, o.amount)} is held in escrow until the work is approved.`;
    return [
      { to: o.provider.user, email: true, title: "Your offer was accepted", body: `${shortName(a.poster.name)} chose you for “${a.title}”. ${held} Say hello in the conversation.` },
      { to: a.poster, email: false, title: "You hired a provider", body: `${o.provider.businessName} is on “${a.title}”. ${held}` },
    ];
  },
  "offer.declined": (a, e) => {
    const p = offerer(a, e.payload.data.offerId);
    return p ? [{ to: p.user, email: true, title: "Your offer wasn't chosen", body: `${shortName(a.poster.name)} chose another offer for “${a.title}”. Thanks for bidding.` }] : [];
  },
  "bounty.submitted": (a) => {
    const by = a.acceptedOffer?.provider.businessName ?? "The provider";
    const body = `${by} says “${a.title}” is done. Approve it, ask for changes or open a dispute by ${day(a.autoReleaseAt)}; after that the payment is released automatically.`;
    return [{ to: a.poster, email: true, title: "Work submitted for your approval", body }];
  },
  "bounty.changes_requested": async (a, e, db) => {
    const to = assignedPerson(a);
    const reason = await latestReason(db, a.id, "bounty.changes_requested.reason", e.createdAt);
    return to ? [{ to, email: true, title: "Changes requested", body: `${shortName(a.poster.name)} asked for changes on “${a.title}”: ${quote(reason)}` }] : [];
  },
  "bounty.completed": (a) => others(a, null).map((to) => ({ to, email: false, title: "Bounty completed", body: `“${a.title}” is complete. You can now review each other.` })),
  "bounty.released": (a, e) => {
    const to = assignedPerson(a);
    const { amount, automatic } = e.payload.data;
    const earned = amount - (a.payment?.platformFeeAmount ?? 0);
    const how = automatic ? "The poster didn't answer in time, so it was released automatically." : "The work was approved.";
    return to ? [{ to, email: true, title: "Payment released", body: `${money(a, earned)} for “${a.title}” is now in your balance (after the platform fee). ${how}` }] : [];
  },
  "bounty.cancel_requested": (a, e) => {
    const by = e.payload.data.requestedById === a.poster.id ? shortName(a.poster.name) : (a.acceptedOffer?.provider.businessName ?? "The provider");
    const why = a.cancelRequestReason ? ` Their reason: ${quote(a.cancelRequestReason)}.` : "";
    const body = `${by} asked to cancel “${a.title}”.${why} If you agree, cancel it too from the bounty page${a.budgetAmount ? " (the escrow goes back to the poster)" : ""}; if not, talk it through or open a dispute.`;
    return others(a, e.payload.data.requestedById).map((to) => ({ to, email: true, title: "Cancellation requested", body }));
  },
  "bounty.cancelled": (a, e) => {
    const refund = e.payload.data.refundAmount ? ` ${money(a, e.payload.data.refundAmount)} goes back to the poster's card.` : "";
    const why = a.cancelReason ? ` Reason: ${quote(a.cancelReason)}.` : "";
    const parties = others(a, e.payload.actorId).map((to) => ({ to, email: true, title: "Bounty cancelled", body: `“${a.title}” was cancelled.${why}${refund}` }));
    // Never assigned: the offers it had were declined by the cancellation.
    const bidders = a.acceptedOffer ? [] : a.offers.filter((o) => o.status === "DECLINED").map((o) => ({ to: o.provider.user, email: false, title: "Bounty cancelled", body: `“${a.title}”, which you offered on, was cancelled by its poster.` }));
    return [...parties, ...bidders];
  },
  "bounty.disputed": async (a, e, db) => {
    const admins = await db.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true, name: true, email: true } });
    if (a.disputeByChargeback) {
      // Nobody on Hearth opened this one: the poster's bank is contesting the card payment.
      const parties = others(a, null).map((to) => ({ to, email: true, title: "Payment contested by the bank", body: `The poster's bank is contesting the card payment for “${a.title}” (a chargeback). The payment is frozen until the bank decides and Hearth support settles the bounty; we may ask you for details.` }));
      return [...parties, ...admins.map((to) => ({ to, email: true, title: "Bank chargeback on a bounty", body: `“${a.title}” is frozen by a card chargeback and waits in the queue.`, path: DISPUTES_PATH }))];
    }
    const parties = others(a, e.payload.actorId).map((to) => ({ to, email: true, title: "Dispute opened", body: `A dispute was opened on “${a.title}”. The payment is frozen until Hearth support resolves it; we may ask you for details.` }));
    return [...parties, ...admins.map((to) => ({ to, email: false, title: "New bounty dispute", body: `“${a.title}” is disputed and waits in the queue.`, path: DISPUTES_PATH }))];
  },
  "bounty.dispute_resolved": (a, e) => {
    const { outcome, refundAmount } = e.payload.data;
    const total = a.payment?.amount ?? 0;
    const text =
      outcome === "refund" ? `The poster gets the full ${money(a, total)} back.` : outcome === "release" ? `The full ${money(a, total)} goes to the provider.` : `${money(a, refundAmount)} goes back to the poster and ${money(a, total - refundAmount)} to the provider.`;
    return others(a, null).map((to) => ({ to, email: true, title: "Dispute resolved", body: `Hearth support resolved the dispute on “${a.title}”. ${a.budgetAmount ? text : ""}`.trim() }));
  },
  "bounty.expiring": (a) => [{ to: a.poster, email: true, title: "Your bounty expires soon", body: `“${a.title}” expires on ${day(a.dueAt)}. Accept an offer before then, or it closes without one.` }],
  "bounty.expired": (a) => [
    { to: a.poster, email: true, title: "Your bounty expired", body: `“${a.title}” reached its due date without an accepted offer and is closed.` },
    ...a.offers.filter((o) => o.status === "DECLINED").map((o) => ({ to: o.provider.user, email: false, title: "Bounty expired", body: `“${a.title}”, which you offered on, expired without a choice.` })),
  ],
};
