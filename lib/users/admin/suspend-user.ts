import type { Actor } from "../../core/auth/actor";
import { AppError } from "../../core/errors";
import { parseInput } from "../../core/validation";
import { recordEvent } from "../../events/record-event";
import { transactional } from "../../events/transactional";
import { adminUserRowSelect, toAdminUserRow, type AdminUserRowDto } from "./dto";
import { lockAccount } from "./lock-account";
import { assertAdmin, assertCanSuspend } from "./policies";
import { SuspendUserInput } from "./schemas";

export type SuspendUserOptions = SuspendUserInput & { actor: Actor | null; now?: Date };

/**
 * Support suspends an account: it can no longer sign in, and bumping the session version ends
 * every session it has now, for good (unsuspending does not revive them). Everything that reads
 * `disabledAt` follows: the provider's listing, search and open bounties are hidden. The change,
 * its audit row (with the reason) and the `user.suspended` event commit together.
 */
export async function suspendUser({ actor, now = new Date(), ...raw }: SuspendUserOptions): Promise<AdminUserRowDto> {
  assertAdmin(actor);
  const { userId, reason } = parseInput(SuspendUserInput, raw);
  return transactional(async (tx) => {
    const target = await lockAccount(tx, userId);
    assertCanSuspend(actor, target);
    if (target.disabledAt) throw new AppError("INVALID_STATE", "This account is already suspended");
    const user = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: now, sessionVersion: { increment: 1 } },
      select: adminUserRowSelect,
    });
    await recordEvent(tx, { type: "user.suspended", actorId: actor.userId, entity: { type: "User", id: userId }, data: { userId, reason } });
    return toAdminUserRow(user);
  });
}
