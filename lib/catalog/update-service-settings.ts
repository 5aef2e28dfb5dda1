import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { assertNotArchived, assertOwnsService } from "./policies";
import { UpdateServiceSettingsInput } from "./schemas";
import { serviceSettingsSelect, SETTING_KEYS } from "./service-settings-dto";

/**
 * Changes how one of the provider's services is booked. Only future slot computations see the
 * change: bookings keep their own snapshots (price, policy, interval incl. buffers), so nothing
 * here touches them. The audit row records each changed setting's old and new value.
 */
export async function updateServiceSettings({ actor, ...input }: UpdateServiceSettingsInput & { actor: Actor }) {
  const { serviceId, ...settings } = parseInput(UpdateServiceSettingsInput, input);
  return transactional(async (tx) => {
    const current = await tx.service.findFirst({ where: { id: serviceId, provider: { userId: actor.userId } }, select: serviceSettingsSelect });
    assertOwnsService(actor, current);
    assertNotArchived(current);

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of SETTING_KEYS) {
      if (settings[key] !== undefined && settings[key] !== current[key]) changes[key] = { from: current[key], to: settings[key] };
    }
    if (!Object.keys(changes).length) return current;

    const updated = await tx.service.update({ where: { id: serviceId }, data: settings, select: serviceSettingsSelect });
    await tx.auditLog.create({
      data: { actorId: actor.userId, action: "service.settings_updated", entityType: "Service", entityId: serviceId, data: { changes } as object },
    });
    return updated;
  });
}
