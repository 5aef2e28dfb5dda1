import type { Actor } from "../../core/auth/actor";
import { AppError } from "../../core/errors";
import { parseInput } from "../../core/validation";
import { recordEvent } from "../../events/record-event";
import { transactional } from "../../events/transactional";
import { adminUserRowSelect, toAdminUserRow, type AdminUserRowDto } from "./dto";
import { lockAccount } from "./lock-account";
import { assertCanChangeRole, assertSuperAdmin } from "./policies";
import { ChangeUserRoleInput } from "./schemas";

export type ChangeUserRoleOptions = ChangeUserRoleInput & { actor: Actor | null };

/**
 * A super admin changes an account's role, with a reason for the audit log. The role is re-read on
 * every request (loadActor), so it takes effect on the person's next click. A provider listing
 * and the PROVIDER role go together: the listing's bookings, payouts and reviews hang on it, so
 * an account with one stays a provider, and one without cannot become a provider here (that is
 * what provider onboarding is for).
 */
export async function changeUserRole({ actor, ...raw }: ChangeUserRoleOptions): Promise<AdminUserRowDto> {
  assertSuperAdmin(actor);
  const { userId, role, reason } = parseInput(ChangeUserRoleInput, raw);
  return transactional(async (tx) => {
    const target = await lockAccount(tx, userId);
    assertCanChangeRole(actor, target);
    if (target.role === role) throw new AppError("INVALID_STATE", `This account is already ${role.toLowerCase()}`);
    if (target.providerProfile) throw new AppError("INVALID_STATE", "This account has a provider listing: it stays a provider");
    if (role === "PROVIDER") {
      throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: { role: ["An account becomes a provider by creating a listing"] } });
    }
    const user = await tx.user.update({ where: { id: userId }, data: { role }, select: adminUserRowSelect });
    await recordEvent(tx, { type: "user.role_changed", actorId: actor.userId, entity: { type: "User", id: userId }, data: { userId, from: target.role, to: role, reason } });
    return toAdminUserRow(user);
  });
}
