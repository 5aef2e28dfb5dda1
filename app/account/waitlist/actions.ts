"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { joinWaitlist } from "@/lib/waitlist/join-waitlist";
import { leaveWaitlist } from "@/lib/waitlist/leave-waitlist";
import { JoinWaitlistInput, LeaveWaitlistInput } from "@/lib/waitlist/schemas";

export const joinWaitlistAction = authedAction(JoinWaitlistInput, async (input, { actor }) => {
  const entry = await joinWaitlist({ ...input, actor });
  revalidatePath("/account/waitlist");
  return entry;
});

export const leaveWaitlistAction = authedAction(LeaveWaitlistInput, async (input, { actor }) => {
  const left = await leaveWaitlist({ ...input, actor });
  revalidatePath("/account/waitlist");
  return left;
});
