import { getStorage } from "../adapters/storage";
import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { AppError } from "../core/errors";
import { createRateLimiter } from "../adapters/rate-limit";
import { parseInput } from "../core/validation";
import { recordEvent } from "../events/record-event";
import { transactional } from "../events/transactional";
import { deleteAttachments, prepareAttachments, putAttachments, type UploadedFile } from "./attachments";
import { contactDetailsHidden } from "./contact-details-hidden";
import { messageSelect, toMessageDto, type MessageDto } from "./dto";
import { SEND_RATE } from "./limits";
import { maskContactDetails } from "./mask-contact-details";
import { findConversationForParticipant } from "./queries";
import { SendMessageBody } from "./schemas";
import { assertEnabled } from "../flags/is-enabled";

export const messageSendLimiter = createRateLimiter({ keyPrefix: "messages:send", ...SEND_RATE });

export interface SendMessageOptions {
  actor: Actor;
  conversationId: string;
  body?: string;
  replyToId?: string;
  attachments?: UploadedFile[];
}

/**
 * Posts a message: text (masked while contact details are hidden: the masked text is what is
 * stored, so nothing unmasked is ever delivered), an optional reply to a message of the same
 * conversation, and attachments. The row, the conversation's activity, the sender's read mark and
 * the message.sent event commit together; the live stream is fed by that event's handler.
 */
export async function sendMessage({ actor, conversationId, attachments = [], ...input }: SendMessageOptions): Promise<MessageDto> {
  await assertEnabled("messaging");
  const { body, replyToId } = parseInput(SendMessageBody, input);
  const text = body.trim();
  if (!text && attachments.length === 0) {
    throw new AppError("VALIDATION_FAILED", "Write a message or attach a file", { fields: { body: ["Write a message or attach a file"] } });
  }
  await messageSendLimiter.consume(actor.userId);
  const conversation = await findConversationForParticipant(db, conversationId, actor);
  const prepared = prepareAttachments(conversationId, attachments);
  if (replyToId) {
    // Messages never move between conversations, so this holds at commit too.
    const target = await db.message.findFirst({ where: { id: replyToId, conversationId }, select: { id: true } });
    if (!target) {
      throw new AppError("VALIDATION_FAILED", "You can only reply to a message in this conversation", {
        fields: { replyToId: ["Not a message in this conversation"] },
      });
    }
  }
  const stored = text && (await contactDetailsHidden(db, conversation)) ? maskContactDetails(text).text : text;

  const storage = getStorage();
  await putAttachments(storage, prepared);
  let messageId: string;
  try {
    messageId = await transactional(async (tx) => {
      const message = await tx.message.create({
        data: {
          conversationId,
          senderId: actor.userId,
          body: stored,
          replyToId: replyToId ?? null,
          attachments: { create: prepared.map(({ bytes: _bytes, ...attachment }) => attachment) },
        },
        select: { id: true, createdAt: true },
      });
      const notAfter = (field: "lastMessageAt" | "lastReadAt") => ({ OR: [{ [field]: null }, { [field]: { lt: message.createdAt } }] });
      await tx.conversation.updateMany({ where: { id: conversationId, ...notAfter("lastMessageAt") }, data: { lastMessageAt: message.createdAt } });
      // Writing is reading: the sender has seen everything up to their own message.
      await tx.conversationParticipant.updateMany({
        where: { conversationId, userId: actor.userId, ...notAfter("lastReadAt") },
        data: { lastReadAt: message.createdAt },
      });
      await recordEvent(tx, {
        type: "message.sent",
        actorId: actor.userId,
        entity: { type: "Message", id: message.id },
        data: { messageId: message.id, conversationId },
      });
      return message.id;
    });
  } catch (error) {
    await deleteAttachments(storage, prepared);
    throw error;
  }
  return toMessageDto(await db.message.findUniqueOrThrow({ where: { id: messageId }, select: messageSelect }), storage);
}
