import { getStorage, type StorageAdapter } from "../adapters/storage";
import type { Prisma } from "../core/db";
import type { ConversationKind } from "../generated/prisma/enums";
import { messageStreamCursor } from "../realtime/cursor";
import { ATTACHMENT_URL_TTL_SECONDS } from "./limits";

export const personSelect = { id: true, name: true, providerProfile: { select: { businessName: true } } } satisfies Prisma.UserSelect;
type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelect }>;

/** Providers appear under their business name, everyone else under their own. */
export function displayName(user: PersonRow): string {
  return user.providerProfile?.businessName ?? user.name;
}

export const messageSelect = {
  id: true,
  conversationId: true,
  senderId: true,
  body: true,
  createdAt: true,
  pinnedAt: true,
  hiddenAt: true,
  sender: { select: personSelect },
  replyTo: { select: { id: true, body: true, hiddenAt: true, sender: { select: personSelect } } },
  attachments: { select: { id: true, fileName: true, contentType: true, sizeBytes: true, storageKey: true }, orderBy: { id: "asc" } },
} satisfies Prisma.MessageSelect;
type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

export interface AttachmentDto {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  kind: "image" | "pdf";
  /** A signed, expiring link; only ever handed to the conversation's participants. */
  url: string;
}

export interface MessageDto {
  id: string;
  conversationId: string;
  senderId: string;
  senderName: string;
  body: string;
  createdAt: string;
  pinnedAt: string | null;
  /** Hidden by a moderator: body and attachments are withheld, the thread shows "Removed by a moderator". */
  removed: boolean;
  replyTo: { id: string; senderName: string; excerpt: string } | null;
  attachments: AttachmentDto[];
  /** The live stream's cursor for this message (pass as ?since= to catch up from here). */
  cursor: string;
}

export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const REMOVED_BY_MODERATOR = "Removed by a moderator";

export function toMessageDto(row: MessageRow, storage: StorageAdapter = getStorage()): MessageDto {
  const removed = row.hiddenAt !== null;
  return {
    id: row.id,
    conversationId: row.conversationId,
    senderId: row.senderId,
    senderName: displayName(row.sender),
    body: removed ? "" : row.body,
    createdAt: row.createdAt.toISOString(),
    pinnedAt: row.pinnedAt?.toISOString() ?? null,
    removed,
    replyTo: row.replyTo
      ? { id: row.replyTo.id, senderName: displayName(row.replyTo.sender), excerpt: row.replyTo.hiddenAt ? REMOVED_BY_MODERATOR : excerpt(row.replyTo.body) }
      : null,
    attachments: (removed ? [] : row.attachments).map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      kind: a.contentType === "application/pdf" ? "pdf" : "image",
      url: storage.signedUrl(a.storageKey, ATTACHMENT_URL_TTL_SECONDS),
    })),
    cursor: messageStreamCursor(row),
  };
}

export const conversationSelect = {
  id: true,
  kind: true,
  bookingId: true,
  bountyId: true,
  inquiryKey: true,
  lastMessageAt: true,
  createdAt: true,
  booking: { select: { id: true, serviceName: true, startsAt: true, status: true, customerId: true, providerId: true } },
  bounty: { select: { id: true, title: true } },
  participants: { select: { userId: true, lastReadAt: true, user: { select: personSelect } }, orderBy: { id: "asc" } },
} satisfies Prisma.ConversationSelect;
export type ConversationRow = Prisma.ConversationGetPayload<{ select: typeof conversationSelect }>;

export interface ConversationSummaryDto {
  id: string;
  kind: ConversationKind;
  /** The other side's name(s), as the viewer sees them. */
  title: string;
  subtitle: string;
  /** The booking's page for this viewer, if the conversation belongs to one. */
  link: string | null;
  lastMessage: { id: string; senderId: string; excerpt: string; createdAt: string; attachments: number } | null;
  lastMessageAt: string | null;
  unreadCount: number;
}

export function toConversationHeader(row: ConversationRow, viewerId: string) {
  const others = row.participants.filter((p) => p.userId !== viewerId);
  const subtitle = row.booking ? row.booking.serviceName : row.bounty ? row.bounty.title : "Inquiry";
  const link = row.booking ? (row.booking.customerId === viewerId ? `/account/bookings/${row.booking.id}` : `/dashboard/bookings/${row.booking.id}`) : null;
  return { id: row.id, kind: row.kind, title: others.map((p) => displayName(p.user)).join(", ") || "Just you", subtitle, link };
}
