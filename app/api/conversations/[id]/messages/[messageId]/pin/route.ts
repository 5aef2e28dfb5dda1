import { route } from "@/lib/core/http";
import { setMessagePinned } from "@/lib/messaging/set-message-pinned";

/** POST /api/conversations/:id/messages/:messageId/pin → { messageId, pinnedAt } */
export const POST = route<{ id: string; messageId: string }>(async ({ params, requireActor }) =>
  setMessagePinned({ actor: requireActor(), conversationId: params.id, messageId: params.messageId, pinned: true }),
);
