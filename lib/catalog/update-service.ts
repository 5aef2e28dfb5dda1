import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { assertLeafCategory } from "./assert-leaf-category";
import { assertNotArchived, assertOwnsService } from "./policies";
import { serviceIssues, UpdateServiceInput } from "./schemas";
import { DETAIL_KEYS, serviceSettingsSelect } from "./service-settings-dto";

/**
 * Changes what a service is and costs: name, description, category, price, deposit and the
 * reschedule policy. Bookings already made keep their own copies (name, price, policies), so a
 * price change only reaches new bookings; a customer paying at the old price meanwhile gets
 * insertBooking's PRICE_CHANGED answer rather than a booking at a price they did not see.
 */
export async function updateService({ actor, ...input }: UpdateServiceInput & { actor: Actor }) {
  const { serviceId, ...details } = parseInput(UpdateServiceInput, input);
  return transactional(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${serviceId} FOR UPDATE`;
    const current = await tx.service.findFirst({ where: { id: serviceId, provider: { userId: actor.userId } }, select: serviceSettingsSelect });
    assertOwnsService(actor, current);
    assertNotArchived(current);

    // Cross-field rules hold for the service as it will be, not only for the fields sent.
    const issues = serviceIssues({ ...current, ...details });
    if (issues.length) {
      throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: Object.fromEntries(issues.map((i) => [i.path, [i.message]])) });
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of DETAIL_KEYS) {
      if (details[key] !== undefined && details[key] !== current[key]) changes[key] = { from: current[key], to: details[key] };
    }
    const fields = Object.keys(changes);
    if (!fields.length) return current;
    if (changes.categoryId) await assertLeafCategory(tx, details.categoryId!);

    const updated = await tx.service.update({
      where: { id: serviceId },
      data: Object.fromEntries(fields.map((key) => [key, changes[key].to])),
      select: serviceSettingsSelect,
    });
    await recordEvent(tx, {
      type: "service.updated",
      actorId: actor.userId,
      entity: { type: "Service", id: serviceId },
      data: { serviceId, providerId: current.providerId, fields },
    });
    // The event names the fields; the audit trail also keeps what they were.
    await tx.auditLog.create({ data: { actorId: actor.userId, action: "service.details_updated", entityType: "Service", entityId: serviceId, data: { changes } as object } });
    return updated;
  });
}
