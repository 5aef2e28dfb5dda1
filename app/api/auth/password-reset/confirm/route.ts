import { route } from "@/lib/core/http";
import { resetPassword } from "@/lib/users/reset-password";
import { ResetPasswordInput } from "@/lib/users/schemas";
import { requestLimits } from "@/lib/adapters/request-limits";

/** Sets a new password with the token from the emailed link; every existing session ends. */
export const POST = route(async ({ body }) => {
  await resetPassword(await body(ResetPasswordInput));
  return { ok: true };
}, { limits: [requestLimits.passwordReset] });
