import type { Actor } from "../core/auth/actor";
import type { Tx } from "../core/db";
import { notFound } from "../core/errors";
import type { ReportKind } from "./schemas";
import { assertCanReportBounty, assertCanReportMessage, assertCanReportProfile } from "./policies";

/**
 * The three kinds lib/moderation hides by itself (reviews go through lib/reviews, which also keeps
 * the provider's rating right). Each has a nullable `hiddenAt`; the owning domain's reads honour it.
 */
export type OwnKind = Exclude<ReportKind, "REVIEW">;

export interface ModeratedTarget {
  kind: ReportKind;
  id: string;
  authorId: string;
  hiddenAt: Date | null;
}

export const ENTITY_TYPES: Record<ReportKind, string> = { REVIEW: "Review", MESSAGE: "Message", BOUNTY: "Bounty", PROVIDER_PROFILE: "ProviderProfile" };
export const EVENT_PREFIXES = { REVIEW: "review", MESSAGE: "message", BOUNTY: "bounty", PROVIDER_PROFILE: "provider" } as const satisfies Record<ReportKind, string>;

/** Loads what the reporter is reporting and applies who may report it (404 / 403 / 409 as the policies say). */
export async function loadForReport(tx: Tx, kind: OwnKind, targetId: string, actor: Actor): Promise<ModeratedTarget> {
  if (kind === "MESSAGE") {
    const message = await tx.message.findUnique({
      where: { id: targetId },
      select: { id: true, senderId: true, hiddenAt: true, conversation: { select: { participants: { select: { userId: true } } } } },
    });
    if (!message) throw notFound("Message");
    assertCanReportMessage(actor, { ...message, participantIds: message.conversation.participants.map((p) => p.userId) });
    return { kind, id: message.id, authorId: message.senderId, hiddenAt: message.hiddenAt };
  }
  if (kind === "BOUNTY") {
    const bounty = await tx.bounty.findUnique({ where: { id: targetId }, select: { id: true, posterId: true, hiddenAt: true, poster: { select: { disabledAt: true } } } });
    if (!bounty || bounty.poster.disabledAt) throw notFound("Bounty");
    assertCanReportBounty(actor, bounty);
    return { kind, id: bounty.id, authorId: bounty.posterId, hiddenAt: bounty.hiddenAt };
  }
  const profile = await tx.providerProfile.findUnique({ where: { id: targetId }, select: { id: true, userId: true, hiddenAt: true, user: { select: { disabledAt: true } } } });
  if (!profile || profile.user.disabledAt) throw notFound("Provider");
  assertCanReportProfile(actor, profile);
  return { kind, id: profile.id, authorId: profile.userId, hiddenAt: profile.hiddenAt };
}

/** The target for a moderator's decision, its row locked so two decisions on it run one at a time. */
export async function lockTarget(tx: Tx, kind: OwnKind, targetId: string): Promise<ModeratedTarget> {
  if (kind === "MESSAGE") {
    await tx.$queryRaw`SELECT id FROM "Message" WHERE id = ${targetId} FOR UPDATE`;
    const row = await tx.message.findUnique({ where: { id: targetId }, select: { id: true, senderId: true, hiddenAt: true } });
    if (!row) throw notFound("Message");
    return { kind, id: row.id, authorId: row.senderId, hiddenAt: row.hiddenAt };
  }
  if (kind === "BOUNTY") {
    await tx.$queryRaw`SELECT id FROM "Bounty" WHERE id = ${targetId} FOR UPDATE`;
    const row = await tx.bounty.findUnique({ where: { id: targetId }, select: { id: true, posterId: true, hiddenAt: true } });
    if (!row) throw notFound("Bounty");
    return { kind, id: row.id, authorId: row.posterId, hiddenAt: row.hiddenAt };
  }
  await tx.$queryRaw`SELECT id FROM "ProviderProfile" WHERE id = ${targetId} FOR UPDATE`;
  const row = await tx.providerProfile.findUnique({ where: { id: targetId }, select: { id: true, userId: true, hiddenAt: true } });
  if (!row) throw notFound("Provider");
  return { kind, id: row.id, authorId: row.userId, hiddenAt: row.hiddenAt };
}

export async function setHidden(tx: Tx, kind: OwnKind, targetId: string, hiddenAt: Date | null): Promise<void> {
  if (kind === "MESSAGE") await tx.message.update({ where: { id: targetId }, data: { hiddenAt } });
  else if (kind === "BOUNTY") await tx.bounty.update({ where: { id: targetId }, data: { hiddenAt } });
  else await tx.providerProfile.update({ where: { id: targetId }, data: { hiddenAt } });
}
