"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { setFeatureFlag } from "@/lib/flags/set-feature-flag";
import { SetFeatureFlagInput } from "@/lib/flags/schemas";

export const setFeatureFlagAction = authedAction(SetFeatureFlagInput, async (input, { actor }) => {
  const flag = await setFeatureFlag({ ...input, actor });
  revalidatePath("/admin/flags");
  return flag;
});
