"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { moderateContent } from "@/lib/moderation/moderate-content";
import { ModerateContentInput } from "@/lib/moderation/schemas";

export const moderateContentAction = authedAction(ModerateContentInput, async (input, { actor }) => {
  const result = await moderateContent({ ...input, actor });
  revalidatePath("/admin/moderation");
  if (result.kind === "BOUNTY") revalidatePath(`/bounties/${result.targetId}`);
  if (result.kind === "REVIEW" || result.kind === "PROVIDER_PROFILE") revalidatePath("/providers/[slug]", "page");
  return result;
});
