import type { Actor } from "../core/auth/actor";
import type { Tx } from "../core/db";
import { recordEvent } from "../events/record-event";
import { assertNotArchived, assertOwnsService } from "./policies";
import { serviceSettingsSelect } from "./service-settings-dto";

/** The locked, owned, not archived service; shared by pause, resume and archive. */
export async function lockOwnService(tx: Tx, actor: Actor, serviceId: string) {
  await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${serviceId} FOR UPDATE`;
  const service = await tx.service.findFirst({ where: { id: serviceId, provider: { userId: actor.userId } }, select: serviceSettingsSelect });
  assertOwnsService(actor, service);
  assertNotArchived(service);
  return service;
}

/** Sets `active`; a no-op when it already has that value. */
export async function setServiceActive(tx: Tx, actor: Actor, serviceId: string, active: boolean) {
  const service = await lockOwnService(tx, actor, serviceId);
  if (service.active === active) return service;
  const updated = await tx.service.update({ where: { id: serviceId }, data: { active }, select: serviceSettingsSelect });
  await recordEvent(tx, {
    type: "service.updated",
    actorId: actor.userId,
    entity: { type: "Service", id: serviceId },
    data: { serviceId, providerId: service.providerId, fields: ["active"] },
  });
  return updated;
}
