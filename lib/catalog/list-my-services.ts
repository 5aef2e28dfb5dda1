import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { assertCanManageServices } from "./policies";
import { serviceSettingsSelect } from "./service-settings-dto";

/** The signed-in provider's services, paused ones included (archived ones only on request), with their settings. */
export async function listMyServices({ actor, includeArchived = false }: { actor: Actor; includeArchived?: boolean }) {
  const providerId = assertCanManageServices(actor);
  return db.service.findMany({
    where: { providerId, provider: { userId: actor.userId }, ...(includeArchived ? {} : { archivedAt: null }) },
    select: serviceSettingsSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}
