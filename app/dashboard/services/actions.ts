"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { updateServiceSettings } from "@/lib/catalog/update-service-settings";
import { z } from "zod";
import { archiveService } from "@/lib/catalog/archive-service";
import { createService } from "@/lib/catalog/create-service";
import { pauseService } from "@/lib/catalog/pause-service";
import { resumeService } from "@/lib/catalog/resume-service";
import { CreateServiceInput, ServiceIdInput, UpdateServiceInput, UpdateServiceSettingsInput } from "@/lib/catalog/schemas";
import { updateService } from "@/lib/catalog/update-service";

export const updateServiceSettingsAction = authedAction(UpdateServiceSettingsInput, async (input, { actor }) => {
  const service = await updateServiceSettings({ ...input, actor });
  revalidatePath("/dashboard/services");
  revalidatePath(`/dashboard/services/${service.id}`);
  return service;
});


function revalidateServices(serviceId: string) {
  revalidatePath("/dashboard");
  revalidatePath("/dashboard/services");
  revalidatePath(`/dashboard/services/${serviceId}`);
}

export const createServiceAction = authedAction(CreateServiceInput, async (input, { actor }) => {
  const service = await createService({ ...input, actor });
  revalidateServices(service.id);
  return service;
});

export const updateServiceAction = authedAction(UpdateServiceInput, async (input, { actor }) => {
  const service = await updateService({ ...input, actor });
  revalidateServices(service.id);
  return service;
});

const StatusChange = ServiceIdInput.extend({ to: z.enum(["paused", "active", "archived"]) });

export const changeServiceStatusAction = authedAction(StatusChange, async ({ serviceId, to }, { actor }) => {
  const change = { paused: pauseService, active: resumeService, archived: archiveService }[to];
  const service = await change({ actor, serviceId });
  revalidateServices(service.id);
  return { id: service.id, active: service.active, archivedAt: service.archivedAt };
});
