import type { Actor } from "../../core/auth/actor";
import { AppError } from "../../core/errors";
import { parseInput } from "../../core/validation";
import { recordEvent } from "../../events/record-event";
import { transactional } from "../../events/transactional";
import { adminUserRowSelect, toAdminUserRow, type AdminUserRowDto } from "./dto";
import { lockAccount } from "./lock-account";
import { assertAdmin, assertCanSuspend } from "./policies";
import { UnsuspendUserInput } from "./schemas";

export type UnsuspendUserOptions = UnsuspendUserInput & { actor: Actor | null };

/**
 * Lifts a suspension: the person can sign in again (sessions from before the suspension stay
 * ended), and their listing and open bounties are public again. The same people who may suspend
 * may lift one; a deleted account stays deleted.
 */
export async function unsuspendUser({ actor, ...raw }: UnsuspendUserOptions): Promise<AdminUserRowDto> {
  assertAdmin(actor);
  const { userId, reason } = parseInput(UnsuspendUserInput, raw);
  return transactional(async (tx) => {
    const target = await lockAccount(tx, userId);
    assertCanSuspend(actor, target);
    if (!target.disabledAt) throw new AppError("INVALID_STATE", "This account is not suspended");
    const user = await tx.user.update({ where: { id: userId }, data: { disabledAt: null }, select: adminUserRowSelect });
    await recordEvent(tx, { type: "user.unsuspended", actorId: actor.userId, entity: { type: "User", id: userId }, data: { userId, reason } });
    return toAdminUserRow(user);
  });
}
