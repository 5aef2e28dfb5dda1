import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { assertLeafCategory } from "./assert-leaf-category";
import { assertCanManageServices } from "./policies";
import { CreateServiceInput } from "./schemas";
import { serviceSettingsSelect } from "./service-settings-dto";

/**
 * Adds a service to the signed-in provider's listing. It takes bookings at once (active); the
 * settings left out get the schema's defaults (request to book, moderate cancellation, …).
 */
export async function createService({ actor, ...input }: CreateServiceInput & { actor: Actor }) {
  const providerId = assertCanManageServices(actor);
  const data = parseInput(CreateServiceInput, input);
  return transactional(async (tx) => {
    const owner = await tx.providerProfile.findFirst({ where: { id: providerId, userId: actor.userId }, select: { id: true } });
    if (!owner) throw notFound("Provider profile");
    await assertLeafCategory(tx, data.categoryId);
    const service = await tx.service.create({ data: { ...data, providerId, active: true }, select: serviceSettingsSelect });
    await recordEvent(tx, {
      type: "service.created",
      actorId: actor.userId,
      entity: { type: "Service", id: service.id },
      data: { serviceId: service.id, providerId },
    });
    return service;
  });
}
