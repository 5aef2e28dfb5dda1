import { route, respond } from "@/lib/core/http";
import { changeEmail } from "@/lib/users/change-email";
import { ChangeEmailInput } from "@/lib/users/schemas";

/** The new address stays pending (answered as `pendingEmail`) until its emailed link is followed. */
export const POST = route(async ({ requireActor, body }) => respond(202, await changeEmail({ ...(await body(ChangeEmailInput)), actor: requireActor() })));
