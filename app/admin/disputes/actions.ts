"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { resolveDispute } from "@/lib/bounties/resolve-dispute";
import { retryEscrowRefund } from "@/lib/bounties/retry-escrow-refund";
import { BountyIdInput, ResolveDisputeInput } from "@/lib/bounties/schemas";

export const resolveDisputeAction = authedAction(ResolveDisputeInput, async (input, { actor }) => {
  const bounty = await resolveDispute({ ...input, actor });
  revalidatePath("/admin/disputes");
  revalidatePath(`/bounties/${bounty.id}`);
  return { bountyId: bounty.id, status: bounty.status };
});

export const retryEscrowRefundAction = authedAction(BountyIdInput, async (input, { actor }) => {
  const bounty = await retryEscrowRefund({ ...input, actor });
  revalidatePath("/admin/disputes");
  revalidatePath(`/bounties/${bounty.id}`);
  return { bountyId: bounty.id, refundedAmount: bounty.payment?.refundedAmount ?? 0 };
});
