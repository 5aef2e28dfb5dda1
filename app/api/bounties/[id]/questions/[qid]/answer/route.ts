import { route } from "@/lib/core/http";
import { answerQuestion } from "@/lib/bounties/answer-question";
import { AnswerQuestionBody } from "@/lib/bounties/schemas";

/** POST { answer } → BountyDetail. The poster only, once per question. */
export const POST = route<{ id: string; qid: string }>(
  async ({ params, body, requireActor }) => answerQuestion({ ...(await body(AnswerQuestionBody)), bountyId: params.id, questionId: params.qid, actor: requireActor() }),
  { idempotency: "bounties.answer" },
);
