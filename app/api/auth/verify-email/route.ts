import { route } from "@/lib/core/http";
import { verifyEmail } from "@/lib/users/verify-email";
import { VerifyEmailInput } from "@/lib/users/schemas";

/** Confirms an address with the token from the emailed link (no session needed). */
export const POST = route(async ({ body }) => verifyEmail(await body(VerifyEmailInput)));
