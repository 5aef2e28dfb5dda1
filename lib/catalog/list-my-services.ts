import type { Actor } from "../core/auth/actor";
import { db } from "../core/db";
import { assertCanManageServices } from "./policies";
import { serviceSettingsSelect } from "./service-settings-dto";

/** The signed-in provider's services, paused ones included, with their booking settings. */
export async function listMyServices({ actor }: { actor: Actor }) {
  const providerId = assertCanManageServices(actor);
  return db.service.findMany({
    where: { providerId, provider: { userId: actor.userId } },
    select: serviceSettingsSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
}
