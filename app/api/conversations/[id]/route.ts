import { route } from "@/lib/core/http";
import { getConversation } from "@/lib/messaging/get-conversation";

/** GET /api/conversations/:id → { id, kind, title, participants (with lastReadAt), contactDetailsHidden, pinned } */
export const GET = route<{ id: string }>(async ({ params, requireActor }) => getConversation({ actor: requireActor(), conversationId: params.id }));
