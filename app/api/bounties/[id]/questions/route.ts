import { route, respond } from "@/lib/core/http";
import { askQuestion } from "@/lib/bounties/ask-question";
import { getBounty } from "@/lib/bounties/get-bounty";
import { AskQuestionBody } from "@/lib/bounties/schemas";

/** GET → { data: questions } (public Q&A). */
export const GET = route<{ id: string }>(async ({ params, actor }) => ({ data: (await getBounty({ actor, bountyId: params.id })).questions }));

/** POST { question } → 201 BountyDetail. Providers only, while the bounty is open. */
export const POST = route<{ id: string }>(
  async ({ params, body, requireActor }) => respond(201, await askQuestion({ ...(await body(AskQuestionBody)), bountyId: params.id, actor: requireActor() })),
  { idempotency: "bounties.ask" },
);
