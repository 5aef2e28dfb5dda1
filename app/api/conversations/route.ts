import { respond, route } from "@/lib/core/http";
import { parseInput } from "@/lib/core/validation";
import { listConversations } from "@/lib/messaging/list-conversations";
import { openBookingConversation } from "@/lib/messaging/open-booking-conversation";
import { openInquiry } from "@/lib/messaging/open-inquiry";
import { ListConversationsInput, OpenConversationBody } from "@/lib/messaging/schemas";
import { requestLimits } from "@/lib/adapters/request-limits";

/** GET /api/conversations?limit= → { data: [{ id, kind, title, subtitle, link, lastMessage, unreadCount, … }], totalUnread } */
export const GET = route(async ({ requireActor, searchParams }) =>
  listConversations({ actor: requireActor(), ...parseInput(ListConversationsInput, searchParams) }),
);

/**
 * POST /api/conversations { providerId } → the inquiry with that provider; { bookingId } → the
 * booking's conversation. 201 { id, created: true } when it was created, 200 when it existed.
 */
export const POST = route(async ({ requireActor, body }) => {
  const actor = requireActor();
  const input = await body(OpenConversationBody);
  const result = input.providerId
    ? await openInquiry({ actor, providerId: input.providerId })
    : await openBookingConversation({ actor, bookingId: input.bookingId! });
  return respond(result.created ? 201 : 200, result);
}, { limits: [requestLimits.messaging] });
