import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { assertOwnsService } from "./policies";
import { serviceSettingsSelect } from "./service-settings-dto";

/** One of the signed-in provider's services with its settings; anyone else's is NOT_FOUND. */
export async function getMyService({ actor, serviceId }: { actor: Actor; serviceId: string }) {
  const service = await db.service.findFirst({ where: { id: serviceId, provider: { userId: actor.userId } }, select: serviceSettingsSelect });
  assertOwnsService(actor, service);
  return service;
}
