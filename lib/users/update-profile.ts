import type { Actor } from "../core/auth/actor";
import { parseInput } from "../core/validation";
import { transactional } from "../events/transactional";
import { meSelect, toMe } from "./dto";
import { assertOwnAccount } from "./policies";
import { UpdateProfileInput } from "./schemas";

/** Changes the display name (what providers and customers see on bookings and messages). */
export async function updateProfile({ actor, userId, ...input }: UpdateProfileInput & { actor: Actor; userId?: string }) {
  const ownId = assertOwnAccount(actor, userId);
  const { name } = parseInput(UpdateProfileInput, input);
  const user = await transactional(async (tx) => {
    const updated = await tx.user.update({ where: { id: ownId }, data: { name }, select: meSelect });
    await tx.auditLog.create({ data: { actorId: ownId, action: "user.profile_updated", entityType: "User", entityId: ownId, data: { fields: ["name"] } } });
    return updated;
  });
  return toMe(user);
}
