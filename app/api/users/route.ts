import { route, respond } from "@/lib/core/http";
import { registerUser } from "@/lib/users/register-user";
import { RegisterUserInput } from "@/lib/users/schemas";
import { requestLimits } from "@/lib/adapters/request-limits";

/** Sign-up for API clients. */
export const POST = route(async ({ body }) => respond(201, await registerUser(await body(RegisterUserInput))), {
  limits: [requestLimits.signUp],
});
