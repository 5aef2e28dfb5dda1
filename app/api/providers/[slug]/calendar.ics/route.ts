import { route } from "@/lib/core/http";
import { getProviderCalendarFeed } from "@/lib/calendar/get-provider-calendar-feed";

/**
 * GET /api/providers/{providerId}/calendar.ics?token=… — the provider's private booking feed.
 * The folder says [slug] because Next allows one dynamic name per level and the public profile
 * already owns it; here the segment carries the ProviderProfile id. No session is needed (calendar
 * apps have none): the token is the credential, and any failure is the same 404.
 */
export const GET = route<{ slug: string }>(async ({ params, searchParams, request, requestId }) => {
  const feed = await getProviderCalendarFeed({ providerId: params.slug, token: searchParams.token ?? "" });
  const headers = {
    "content-type": feed.contentType,
    "cache-control": "private, max-age=300",
    etag: feed.etag,
    "x-request-id": requestId,
  };
  if (request.headers.get("if-none-match") === feed.etag) return new Response(null, { status: 304, headers });
  return new Response(feed.ics, { status: 200, headers });
});
