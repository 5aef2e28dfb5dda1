import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { AppError } from "../core/errors";
import { assertEmailVerified } from "../users/policies";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { assertOwnPhotoKeys } from "./photos";
import { assertCanPost } from "./policies";
import { PostBountyInput } from "./schemas";
import { assertEnabled } from "../flags/is-enabled";
import { assessRisk, recordRiskAssessment } from "../risk/assess-risk";

const HOUR = 3_600_000;
const MAX_DUE_DAYS = 365;

/** The poster's own currency is up to them; an unknown code would only fail later at the processor. */
function assertKnownCurrency(currency: string): void {
  try {
    new Intl.NumberFormat("en-US", { style: "currency", currency });
  } catch {
    throw new AppError("VALIDATION_FAILED", "Unknown currency", { fields: { currency: ["Unknown currency"] } });
  }
}

/**
 * A customer (or a provider acting as one) posts a job to the public board. The budget is a
 * guide for offers; 0 makes it "for honor" (no money ever moves). Photos must be the poster's own
 * uploads (uploadBountyPhoto). A bounty whose risk score reaches the review threshold (docs/risk.md)
 * starts UNDER_REVIEW instead of OPEN: off the board, closed to offers, until an admin decides.
 */
export async function postBounty({ actor, now = new Date(), ...input }: PostBountyInput & { actor: Actor; now?: Date }) {
  await assertEnabled("bounties.create");
  assertCanPost(actor);
  await assertEmailVerified(db, actor);
  const data = parseInput(PostBountyInput, input);
  assertKnownCurrency(data.currency);
  const dueAt = new Date(data.dueAt);
  if (dueAt.getTime() < now.getTime() + HOUR) throw new AppError("VALIDATION_FAILED", "The due date must be at least an hour away", { fields: { dueAt: ["Pick a later due date"] } });
  if (dueAt.getTime() > now.getTime() + MAX_DUE_DAYS * 24 * HOUR) throw new AppError("VALIDATION_FAILED", "The due date must be within a year", { fields: { dueAt: ["Pick an earlier due date"] } });
  assertOwnPhotoKeys(actor.userId, data.photoKeys);

  const bountyId = await transactional(async (tx) => {
    const category = await tx.category.findUnique({ where: { slug: data.categorySlug }, select: { id: true } });
    if (!category) throw new AppError("VALIDATION_FAILED", "Unknown category", { fields: { categorySlug: ["Pick a category from the list"] } });
    const verdict = await assessRisk(tx, { kind: "BOUNTY", userId: actor.userId, amount: data.budgetAmount, now });
    const held = verdict.decision === "HOLD";
    const bounty = await tx.bounty.create({
      data: {
        status: held ? "UNDER_REVIEW" : "OPEN",
        posterId: actor.userId,
        categoryId: category.id,
        title: data.title,
        description: data.description,
        budgetAmount: data.budgetAmount,
        currency: data.currency,
        isRemote: data.isRemote,
        addressLine: data.isRemote ? "" : (data.addressLine ?? ""),
        lat: data.isRemote ? null : (data.lat ?? null),
        lng: data.isRemote ? null : (data.lng ?? null),
        skills: data.skills,
        photoKeys: data.photoKeys,
        dueAt,
        verifiedOnly: data.verifiedOnly,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordRiskAssessment(tx, { verdict, subjectId: bounty.id, userId: actor.userId, currency: data.currency, now });
    // Held: nobody hears of it yet; bounty.posted is recorded when an admin opens it (open-held-bounty.ts).
    if (held) await recordEvent(tx, { type: "bounty.held_for_review", actorId: actor.userId, entity: { type: "Bounty", id: bounty.id }, data: { bountyId: bounty.id, score: verdict.score } });
    else await recordEvent(tx, { type: "bounty.posted", actorId: actor.userId, entity: { type: "Bounty", id: bounty.id }, data: { bountyId: bounty.id } });
    return bounty.id;
  });
  return getBounty({ actor, bountyId });
}
