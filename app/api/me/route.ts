import { route } from "@/lib/core/http";
import { getMe } from "@/lib/users/get-me";
import { updateProfile } from "@/lib/users/update-profile";
import { deleteAccount } from "@/lib/users/delete-account";
import { DeleteAccountInput, UpdateMeInput } from "@/lib/users/schemas";

export const GET = route(async ({ requireActor }) => getMe({ actor: requireActor() }));

/** Profile fields only; email and password changes need the current password (their own routes). */
export const PATCH = route(async ({ requireActor, body }) => {
  const actor = requireActor();
  const input = await body(UpdateMeInput);
  return input.name === undefined ? getMe({ actor }) : updateProfile({ actor, name: input.name });
});

/** Deletes (anonymises) the account; the body carries the password as confirmation. */
export const DELETE = route(async ({ requireActor, body }) => deleteAccount({ ...(await body(DeleteAccountInput)), actor: requireActor() }));
