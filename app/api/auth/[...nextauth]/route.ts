import NextAuth from "next-auth";
import { requestLimits } from "@/lib/adapters/request-limits";
import { errorResponse } from "@/lib/core/http";
import { isAppError } from "@/lib/core/errors";
import { enforceRequestLimits } from "@/lib/core/request-limits";
import { requestIdFrom } from "@/lib/core/request-id";
import { authOptions } from "@/lib/users/auth-options";

const handler = NextAuth(authOptions);

/**
 * next-auth is not wrapped in route(), so its POSTs count against the limits here: every one
 * against the global per-address limit, a credentials sign-in also against the sign-in limit.
 * Over a limit: 429 with Retry-After and the error shape, plus the `url` next-auth's client reads
 * the error from, so the sign-in form shows the message instead of failing to parse the answer.
 */
async function POST(request: Request, context: unknown) {
  const signIn = new URL(request.url).pathname.endsWith("/callback/credentials");
  try {
    await enforceRequestLimits({ headers: request.headers, userId: null, limits: signIn ? [requestLimits.signIn] : [] });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const response = errorResponse(error, requestIdFrom(request.headers));
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("error", error.message);
    return Response.json({ ...(await response.json()), url: url.toString() }, { status: response.status, headers: response.headers });
  }
  return handler(request, context);
}

export { handler as GET, POST };
