import { route, respond } from "@/lib/core/http";
import { resendVerification } from "@/lib/users/resend-verification";

/** Sends the signed-in user a fresh verification link. */
export const POST = route(async ({ requireActor }) => respond(202, await resendVerification({ actor: requireActor() })));
