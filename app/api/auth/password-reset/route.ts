import { route, respond } from "@/lib/core/http";
import { clientIpFrom } from "@/lib/core/client-ip";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { RequestPasswordResetInput } from "@/lib/users/schemas";
import { requestLimits } from "@/lib/adapters/request-limits";

/** Asks for a reset link. The answer never says whether the address has an account. */
export const POST = route(async ({ body, request }) => {
  await requestPasswordReset({ ...(await body(RequestPasswordResetInput)), ip: clientIpFrom(request.headers) });
  return respond(202, { message: "If an account uses this email, we sent it a link to reset the password." });
}, { limits: [requestLimits.passwordReset] });
