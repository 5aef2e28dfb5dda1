import { route } from "@/lib/core/http";
import { markConversationRead } from "@/lib/messaging/mark-conversation-read";

/** POST /api/conversations/:id/read → { lastReadAt }: everything up to the newest message is read. */
export const POST = route<{ id: string }>(async ({ params, requireActor }) => markConversationRead({ actor: requireActor(), conversationId: params.id }));
