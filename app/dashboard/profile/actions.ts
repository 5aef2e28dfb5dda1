"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { removeProfileImage } from "@/lib/providers/remove-profile-image";
import { RemoveProfileImageInput, UpdateProviderProfileInput } from "@/lib/providers/schemas";
import { updateProviderProfile } from "@/lib/providers/update-provider-profile";

export const updateProviderProfileAction = authedAction(UpdateProviderProfileInput, async (input, { actor }) => {
  const profile = await updateProviderProfile({ ...input, actor });
  revalidatePath("/dashboard");
  revalidatePath("/dashboard/profile");
  revalidatePath(`/providers/${profile.slug}`);
  return profile;
});

export const removeProfileImageAction = authedAction(RemoveProfileImageInput, async (input, { actor }) => {
  const profile = await removeProfileImage({ ...input, actor });
  revalidatePath("/dashboard/profile");
  revalidatePath(`/providers/${profile.slug}`);
  return profile;
});
