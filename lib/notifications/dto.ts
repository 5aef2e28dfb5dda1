import type { Prisma } from "../core/db";

export const notificationSelect = {
  id: true,
  type: true,
  title: true,
  body: true,
  link: true,
  readAt: true,
  createdAt: true,
} satisfies Prisma.NotificationSelect;

export type NotificationDto = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

export const emailSummarySelect = {
  id: true,
  to: true,
  subject: true,
  template: true,
  transport: true,
  createdAt: true,
} satisfies Prisma.EmailMessageSelect;

export type EmailSummaryDto = Prisma.EmailMessageGetPayload<{ select: typeof emailSummarySelect }>;

export const emailDetailSelect = {
  ...emailSummarySelect,
  text: true,
  html: true,
  dedupeKey: true,
  providerMessageId: true,
  attachments: true,
} satisfies Prisma.EmailMessageSelect;

export type EmailDetailDto = Prisma.EmailMessageGetPayload<{ select: typeof emailDetailSelect }>;
