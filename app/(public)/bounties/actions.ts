"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { acceptOffer } from "@/lib/bounties/accept-offer";
import { answerQuestion } from "@/lib/bounties/answer-question";
import { approveWork } from "@/lib/bounties/approve-work";
import { askQuestion } from "@/lib/bounties/ask-question";
import { cancelBounty } from "@/lib/bounties/cancel-bounty";
import { counterOffer } from "@/lib/bounties/counter-offer";
import { disputeBounty } from "@/lib/bounties/dispute-bounty";
import { postBounty } from "@/lib/bounties/post-bounty";
import { requestChanges } from "@/lib/bounties/request-changes";
import { reviseOffer } from "@/lib/bounties/revise-offer";
import { submitOffer } from "@/lib/bounties/submit-offer";
import { submitWork } from "@/lib/bounties/submit-work";
import { withdrawOffer } from "@/lib/bounties/withdraw-offer";
import {
  AcceptOfferInput,
  AnswerQuestionInput,
  AskQuestionInput,
  BountyIdInput,
  CancelBountyInput,
  CounterOfferInput,
  DisputeBountyInput,
  OfferIdInput,
  PostBountyInput,
  RequestChangesInput,
  ReviseOfferInput,
  SubmitOfferInput,
  SubmitWorkInput,
} from "@/lib/bounties/schemas";

/** The board, the bounty's own page and the admin queue all show the status that just changed. */
function revalidateBounty(bountyId: string) {
  revalidatePath("/bounties");
  revalidatePath(`/bounties/${bountyId}`);
  revalidatePath("/admin/disputes");
}

/** Each action answers only what its form needs (ids), never the whole DTO: the page re-renders itself. */
async function done(bountyId: string) {
  revalidateBounty(bountyId);
  return { bountyId };
}

export const postBountyAction = authedAction(PostBountyInput, async (input, { actor }) => {
  const bounty = await postBounty({ ...input, actor });
  revalidatePath("/bounties");
  return { bountyId: bounty.id };
});

export const askQuestionAction = authedAction(AskQuestionInput, async (input, { actor }) => {
  await askQuestion({ ...input, actor });
  return done(input.bountyId);
});

export const answerQuestionAction = authedAction(AnswerQuestionInput, async (input, { actor }) => {
  await answerQuestion({ ...input, actor });
  return done(input.bountyId);
});

export const submitOfferAction = authedAction(SubmitOfferInput, async (input, { actor }) => {
  await submitOffer({ ...input, actor });
  return done(input.bountyId);
});

export const reviseOfferAction = authedAction(ReviseOfferInput, async (input, { actor }) => {
  await reviseOffer({ ...input, actor });
  return done(input.bountyId);
});

export const withdrawOfferAction = authedAction(OfferIdInput, async (input, { actor }) => {
  await withdrawOffer({ ...input, actor });
  return done(input.bountyId);
});

export const counterOfferAction = authedAction(CounterOfferInput, async (input, { actor }) => {
  await counterOffer({ ...input, actor });
  return done(input.bountyId);
});

export const acceptOfferAction = authedAction(AcceptOfferInput, async (input, { actor }) => {
  await acceptOffer({ ...input, actor });
  return done(input.bountyId);
});

export const submitWorkAction = authedAction(SubmitWorkInput, async (input, { actor }) => {
  await submitWork({ ...input, actor });
  return done(input.bountyId);
});

export const approveWorkAction = authedAction(BountyIdInput, async (input, { actor }) => {
  await approveWork({ ...input, actor });
  return done(input.bountyId);
});

export const requestChangesAction = authedAction(RequestChangesInput, async (input, { actor }) => {
  await requestChanges({ ...input, actor });
  return done(input.bountyId);
});

export const cancelBountyAction = authedAction(CancelBountyInput, async (input, { actor }) => {
  await cancelBounty({ ...input, actor });
  return done(input.bountyId);
});

export const disputeBountyAction = authedAction(DisputeBountyInput, async (input, { actor }) => {
  await disputeBounty({ ...input, actor });
  return done(input.bountyId);
});
