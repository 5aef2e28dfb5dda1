import { db } from "@/lib/core/db";
import type { World } from "./world";

// $1: the victims' user ids; $2: Paula's provider id. Each scope selects only the world's rows,
// so test files writing to a shared database at the same time never disturb the digest.
const mine = `select id from "Bounty" where "posterId" = any($1::text[])`;
const theirDisputes = `select id from "Dispute" where "openedById" = any($1::text[]) or "respondentId" = any($1::text[])`;
const theirConversations = `select "conversationId" from "ConversationParticipant" where "userId" = any($1::text[])`;

const SCOPES: Record<string, string> = {
  User: `"id" = any($1::text[])`,
  AccountToken: `"userId" = any($1::text[])`,
  ProviderProfile: `"id" = $2`,
  Service: `"providerId" = $2`,
  AvailabilityRule: `"providerId" = $2`,
  AvailabilityOverride: `"providerId" = $2`,
  Booking: `"customerId" = any($1::text[]) or "providerId" = $2`,
  Payment: `"customerId" = any($1::text[]) or "providerId" = $2`,
  Payout: `"providerId" = $2`,
  Bounty: `"posterId" = any($1::text[])`,
  Offer: `"providerId" = $2 or "bountyId" in (${mine})`,
  BountyQuestion: `"bountyId" in (${mine})`,
  Review: `"authorId" = any($1::text[]) or "subjectId" = any($1::text[])`,
  Dispute: `"id" in (${theirDisputes})`,
  DisputeMessage: `"disputeId" in (${theirDisputes})`,
  DisputeProposal: `"disputeId" in (${theirDisputes})`,
  DisputeEvidence: `"disputeId" in (${theirDisputes})`,
  ConversationParticipant: `"conversationId" in (${theirConversations})`,
  Message: `"conversationId" in (${theirConversations})`,
  MessageAttachment: `"messageId" in (select id from "Message" where "conversationId" in (${theirConversations}))`,
  Notification: `"userId" = any($1::text[])`,
  NotificationPreference: `"userId" = any($1::text[])`,
  WaitlistEntry: `"customerId" = any($1::text[]) or "providerId" = $2`,
  SlotHold: `"customerId" = any($1::text[]) or "providerId" = $2`,
};

/** One md5 per table over every row Alice and Paula own: any write to their things changes it. */
export async function victimDigest(w: World): Promise<Record<string, string>> {
  const parts = Object.entries(SCOPES).map(
    ([table, where]) => `select '${table}' as "table", md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from "${table}" t where ${where}`,
  );
  const rows = await db.$queryRawUnsafe<{ table: string; md5: string }[]>(
    `${parts.join("\nunion all\n")}`,
    [w.alice.userId, w.paula.userId],
    w.paula.providerId,
  );
  return Object.fromEntries(rows.map((row) => [row.table, row.md5]));
}
