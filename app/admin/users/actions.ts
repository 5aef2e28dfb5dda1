"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/core/action";
import { changeUserRole } from "@/lib/users/admin/change-user-role";
import { ChangeUserRoleInput, SuspendUserInput, UnsuspendUserInput } from "@/lib/users/admin/schemas";
import { suspendUser } from "@/lib/users/admin/suspend-user";
import { unsuspendUser } from "@/lib/users/admin/unsuspend-user";

/** The listing and the board change with a suspension: their pages render fresh. */
function revalidateAccount(user: { id: string; provider: { slug: string } | null }) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${user.id}`);
  revalidatePath("/bounties");
  if (user.provider) revalidatePath(`/providers/${user.provider.slug}`);
}

export const suspendUserAction = authedAction(SuspendUserInput, async (input, { actor }) => {
  const user = await suspendUser({ ...input, actor });
  revalidateAccount(user);
  return user;
});

export const unsuspendUserAction = authedAction(UnsuspendUserInput, async (input, { actor }) => {
  const user = await unsuspendUser({ ...input, actor });
  revalidateAccount(user);
  return user;
});

export const changeUserRoleAction = authedAction(ChangeUserRoleInput, async (input, { actor }) => {
  const user = await changeUserRole({ ...input, actor });
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${user.id}`);
  return user;
});
