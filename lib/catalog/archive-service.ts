import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { lockOwnService } from "./change-service-status";
import { ServiceIdInput } from "./schemas";
import { serviceSettingsSelect } from "./service-settings-dto";

/**
 * Retires a service for good: gone from the public profile, search and the dashboard's default
 * list, and never bookable again. The row stays (it is never deleted): bookings, payments and
 * reviews point at it, and bookings already made keep going as agreed.
 */
export async function archiveService({ actor, ...input }: { actor: Actor; serviceId: string }) {
  const { serviceId } = parseInput(ServiceIdInput, input);
  return transactional(async (tx) => {
    const service = await lockOwnService(tx, actor, serviceId);
    const archived = await tx.service.update({ where: { id: serviceId }, data: { active: false, archivedAt: new Date() }, select: serviceSettingsSelect });
    await recordEvent(tx, {
      type: "service.archived",
      actorId: actor.userId,
      entity: { type: "Service", id: serviceId },
      data: { serviceId, providerId: service.providerId },
    });
    return archived;
  });
}
