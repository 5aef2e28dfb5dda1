import { route } from "@/lib/core/http";
import { setMessagePinned } from "@/lib/messaging/set-message-pinned";

/** POST /api/conversations/:id/messages/:messageId/unpin → { messageId, pinnedAt: null } */
export const POST = route<{ id: string; messageId: string }>(async ({ params, requireActor }) =>
  setMessagePinned({ actor: requireActor(), conversationId: params.id, messageId: params.messageId, pinned: false }),
);
