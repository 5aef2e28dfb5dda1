import { z } from "zod";
import { MESSAGE_MAX_CHARS } from "./limits";

const Id = z.string().trim().min(1).max(100);

/** POST /api/conversations: an inquiry to a provider, or a booking's conversation. */
export const OpenConversationBody = z
  .object({ providerId: Id.optional(), bookingId: Id.optional() })
  .refine((body) => Boolean(body.providerId) !== Boolean(body.bookingId), {
    message: "Send either providerId or bookingId",
    path: ["providerId"],
  });
export type OpenConversationBody = z.infer<typeof OpenConversationBody>;

/** The text part of a message: JSON body of POST …/messages, or the fields of its multipart form. */
export const SendMessageBody = z.object({
  body: z.string().max(MESSAGE_MAX_CHARS, `Messages are limited to ${MESSAGE_MAX_CHARS} characters`).default(""),
  replyToId: Id.optional(),
});
export type SendMessageBody = z.input<typeof SendMessageBody>;

export const ListMessagesInput = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type ListMessagesInput = z.input<typeof ListMessagesInput>;

export const ListConversationsInput = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
