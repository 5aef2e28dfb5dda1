import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { assertListedForProviders, assignedUserId, lockBounty } from "./lock-bounty";
import { assertCanBid } from "./policies";
import { AskQuestionInput } from "./schemas";
import { assertStatus } from "./state-machine";

/** Enough to clarify a job; more is spam. */
export const MAX_QUESTIONS_PER_ASKER = 5;

/** Before assignment, providers ask in public (everyone sees the Q&A); the poster is told. */
export async function askQuestion({ actor, now = new Date(), ...input }: AskQuestionInput & { actor: Actor; now?: Date }) {
  const { bountyId, question } = parseInput(AskQuestionInput, input);
  const provider = actor.providerId ? await db.providerProfile.findUnique({ where: { id: actor.providerId }, select: { verification: true } }) : null;
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    assertCanBid(actor, { ...bounty, assignedUserId: assignedUserId(bounty) }, provider, "ask questions");
    assertStatus(bounty.status, ["OPEN"], "ask questions");
    await assertListedForProviders(tx, bounty);
    const asked = await tx.bountyQuestion.count({ where: { bountyId, authorId: actor.userId } });
    if (asked >= MAX_QUESTIONS_PER_ASKER) throw new AppError("RATE_LIMITED", `You can ask at most ${MAX_QUESTIONS_PER_ASKER} questions on one bounty`);
    const row = await tx.bountyQuestion.create({ data: { bountyId, authorId: actor.userId, question, createdAt: now }, select: { id: true } });
    await recordEvent(tx, { type: "bounty.question_asked", actorId: actor.userId, entity: { type: "Bounty", id: bountyId }, data: { bountyId, questionId: row.id } });
  });
  return getBounty({ actor, bountyId });
}
