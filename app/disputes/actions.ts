"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { addDisputeMessage } from "@/lib/disputes/add-dispute-message";
import { answerDisputeProposal } from "@/lib/disputes/answer-dispute-proposal";
import { escalateDispute } from "@/lib/disputes/escalate-dispute";
import { openBookingDispute } from "@/lib/disputes/open-booking-dispute";
import { proposeDisputeRefund } from "@/lib/disputes/propose-dispute-refund";
import { resolveDisputeCase } from "@/lib/disputes/resolve-dispute-case";
import { AddDisputeMessageInput, AnswerDisputeProposalInput, EscalateDisputeInput, OpenBookingDisputeInput, ProposeDisputeRefundInput, ResolveDisputeCaseInput } from "@/lib/disputes/schemas";

type Changed = { id: string; subject: { kind: "booking" | "bounty"; id: string } };

function refresh(d: Changed) {
  revalidatePath(`/disputes/${d.id}`);
  revalidatePath("/admin/disputes");
  if (d.subject.kind === "booking") {
    revalidatePath(`/account/bookings/${d.subject.id}`);
    revalidatePath(`/dashboard/bookings/${d.subject.id}`);
  } else revalidatePath(`/bounties/${d.subject.id}`);
  return { id: d.id };
}

export const openBookingDisputeAction = authedAction(OpenBookingDisputeInput, async (input, { actor }) => refresh(await openBookingDispute({ ...input, actor })));
export const addDisputeMessageAction = authedAction(AddDisputeMessageInput, async (input, { actor }) => refresh(await addDisputeMessage({ ...input, actor })));
export const proposeDisputeRefundAction = authedAction(ProposeDisputeRefundInput, async (input, { actor }) => refresh(await proposeDisputeRefund({ ...input, actor })));
export const answerDisputeProposalAction = authedAction(AnswerDisputeProposalInput, async (input, { actor }) => refresh(await answerDisputeProposal({ ...input, actor })));
export const escalateDisputeAction = authedAction(EscalateDisputeInput, async (input, { actor }) => refresh(await escalateDispute({ ...input, actor })));
export const resolveDisputeCaseAction = authedAction(ResolveDisputeCaseInput, async (input, { actor }) => refresh(await resolveDisputeCase({ ...input, actor })));
