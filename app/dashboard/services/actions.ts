"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { UpdateServiceSettingsInput } from "@/lib/catalog/schemas";
import { updateServiceSettings } from "@/lib/catalog/update-service-settings";

export const updateServiceSettingsAction = authedAction(UpdateServiceSettingsInput, async (input, { actor }) => {
  const service = await updateServiceSettings({ ...input, actor });
  revalidatePath("/dashboard/services");
  revalidatePath(`/dashboard/services/${service.id}`);
  return service;
});
