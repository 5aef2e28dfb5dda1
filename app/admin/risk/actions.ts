"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { approveHold } from "@/lib/risk/approve-hold";
import { rejectHold } from "@/lib/risk/reject-hold";
import { ApproveHoldInput, RejectHoldInput } from "@/lib/risk/schemas";

export const approveRiskHoldAction = authedAction(ApproveHoldInput, async (input, { actor }) => {
  const decision = await approveHold({ actor, ...input });
  revalidatePath("/admin/risk");
  return decision;
});

export const rejectRiskHoldAction = authedAction(RejectHoldInput, async (input, { actor }) => {
  const decision = await rejectHold({ actor, ...input });
  revalidatePath("/admin/risk");
  return decision;
});
