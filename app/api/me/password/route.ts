import { route } from "@/lib/core/http";
import { changePassword } from "@/lib/users/change-password";
import { ChangePasswordInput } from "@/lib/users/schemas";

/** Needs the current password; ends every session, this one included (sign in again with the new one). */
export const POST = route(async ({ requireActor, body }) => {
  await changePassword({ ...(await body(ChangePasswordInput)), actor: requireActor() });
  return { ok: true };
});
