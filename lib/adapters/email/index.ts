import { env } from "../../core/env";
import { createDevMailboxTransport } from "./dev-mailbox";
import { createSendgridTransport } from "./sendgrid";
import type { EmailTransport } from "./types";

export type { EmailAttachment, EmailTransport, OutgoingEmail } from "./types";
export { createDevMailboxTransport } from "./dev-mailbox";
export { createSendgridTransport, type SendgridTransportConfig } from "./sendgrid";

const holder = globalThis as unknown as { __hearthEmailTransport?: EmailTransport };

/** SendGrid when SENDGRID_API_KEY is set, otherwise the dev mailbox (the EmailMessage table). */
export function getEmailTransport(): EmailTransport {
  holder.__hearthEmailTransport ??= env.SENDGRID_API_KEY
    ? createSendgridTransport({ apiKey: env.SENDGRID_API_KEY, from: env.EMAIL_FROM })
    : createDevMailboxTransport();
  return holder.__hearthEmailTransport;
}
