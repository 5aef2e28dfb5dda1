import type { ConversationSummaryDto, MessageDto } from "@/lib/messaging/dto";
import type { ConversationDto } from "@/lib/messaging/get-conversation";
import { ApiError, apiFetch, jsonPost } from "@/components/data/api-client";

export type { ConversationDto, ConversationSummaryDto, MessageDto };

/** Kept as a name for the messaging widgets; it is the app's one ApiError (code, status, message). */
export { ApiError as ChatApiError };

const call = apiFetch;

const base = (conversationId: string) => `/api/conversations/${encodeURIComponent(conversationId)}`;

export const chatApi = {
  conversation: (id: string) => call<ConversationDto>(base(id)),
  messages: (id: string, cursor?: string | null) =>
    call<{ data: MessageDto[]; nextCursor: string | null }>(`${base(id)}/messages${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
  conversations: () => call<{ data: ConversationSummaryDto[]; totalUnread: number }>("/api/conversations"),
  unreadCount: () => call<{ total: number }>("/api/conversations/unread-count"),
  open: (target: { providerId: string } | { bookingId: string }) => call<{ id: string; created: boolean }>("/api/conversations", jsonPost(target)),
  markRead: (id: string) => call<{ lastReadAt: string | null }>(`${base(id)}/read`, jsonPost({})),
  setPinned: (id: string, messageId: string, pinned: boolean) =>
    call<{ messageId: string; pinnedAt: string | null }>(`${base(id)}/messages/${encodeURIComponent(messageId)}/${pinned ? "pin" : "unpin"}`, jsonPost({})),
  send(id: string, { body, replyToId, files }: { body: string; replyToId?: string; files: File[] }) {
    if (files.length === 0) return call<MessageDto>(`${base(id)}/messages`, jsonPost({ body, replyToId }));
    const form = new FormData();
    form.set("body", body);
    if (replyToId) form.set("replyToId", replyToId);
    files.forEach((file) => form.append("attachments", file));
    return call<MessageDto>(`${base(id)}/messages`, { method: "POST", body: form });
  },
};

/** Oldest first, one entry per id (the newest copy wins: pins change a message). */
export function mergeMessages(current: MessageDto[], incoming: MessageDto[]): MessageDto[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
}
