import type { Actor } from "../core/auth/actor";
import { AppError, notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { getBounty } from "./get-bounty";
import { assignedUserId, lockBounty } from "./lock-bounty";
import { assertIsPoster } from "./policies";
import { AnswerQuestionInput } from "./schemas";
import { assertStatus } from "./state-machine";

/** The poster answers a question once, in public, while the bounty is open; the asker is told. */
export async function answerQuestion({ actor, now = new Date(), ...input }: AnswerQuestionInput & { actor: Actor; now?: Date }) {
  const { bountyId, questionId, answer } = parseInput(AnswerQuestionInput, input);
  await transactional(async (tx) => {
    const bounty = await lockBounty(tx, bountyId);
    assertIsPoster(actor, { posterId: bounty.posterId, assignedUserId: assignedUserId(bounty) }, "answer questions");
    assertStatus(bounty.status, ["OPEN"], "answer questions");
    const question = await tx.bountyQuestion.findFirst({ where: { id: questionId, bountyId }, select: { answeredAt: true } });
    if (!question) throw notFound("Question");
    if (question.answeredAt) throw new AppError("CONFLICT", "This question is already answered");
    await tx.bountyQuestion.update({ where: { id: questionId }, data: { answer, answeredAt: now } });
    await recordEvent(tx, { type: "bounty.question_answered", actorId: actor.userId, entity: { type: "Bounty", id: bountyId }, data: { bountyId, questionId } });
  });
  return getBounty({ actor, bountyId });
}
