import { respond, route } from "@/lib/core/http";
import { parseInput } from "@/lib/core/validation";
import { listMessages } from "@/lib/messaging/list-messages";
import { isMultipart } from "@/lib/core/read-upload";
import { readMessageForm } from "@/lib/messaging/read-message-form";
import { ListMessagesInput, SendMessageBody } from "@/lib/messaging/schemas";
import { sendMessage } from "@/lib/messaging/send-message";
import { requestLimits } from "@/lib/adapters/request-limits";

/** GET /api/conversations/:id/messages?cursor=&limit= → { data (newest first), nextCursor (older page) } */
export const GET = route<{ id: string }>(async ({ params, requireActor, searchParams }) =>
  listMessages({ actor: requireActor(), conversationId: params.id, ...parseInput(ListMessagesInput, searchParams) }),
);

/**
 * POST /api/conversations/:id/messages → 201 message.
 * JSON { body, replyToId? }, or multipart/form-data with fields body, replyToId and up to five
 * files under "attachments" (route()'s JSON body reader is bypassed for multipart).
 */
export const POST = route<{ id: string }>(async ({ request, params, requireActor, body }) => {
  const actor = requireActor();
  const input = isMultipart(request) ? await readMessageForm(request) : { ...(await body(SendMessageBody)), attachments: [] };
  return respond(201, await sendMessage({ actor, conversationId: params.id, ...input }));
}, { limits: [requestLimits.messaging] });
