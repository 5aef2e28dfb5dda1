import { respond, route } from "@/lib/core/http";
import { parseInput } from "@/lib/core/validation";
import { UnsubscribeInput } from "@/lib/notifications/schemas";
import { unsubscribeFromEmail } from "@/lib/notifications/unsubscribe-from-email";

/**
 * RFC 8058 one-click unsubscribe: the List-Unsubscribe URL of every email a user may switch off.
 * Mail clients POST `List-Unsubscribe=One-Click` here without cookies; the signed token in the URL is
 * the only credential. 200 { type, label, changed } or 400 for a token we did not issue.
 */
export const POST = route(async ({ searchParams }) => {
  const result = await unsubscribeFromEmail(parseInput(UnsubscribeInput, { token: searchParams.token }));
  return respond(200, result, { "cache-control": "no-store" });
});

/** A client that opens the header's URL instead of POSTing lands on the page a person sees. */
export const GET = route(async ({ request, searchParams }) => {
  const target = new URL("/unsubscribe", request.url);
  if (searchParams.token) target.searchParams.set("token", searchParams.token);
  return Response.redirect(target, 303);
});
