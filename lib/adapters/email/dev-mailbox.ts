import type { EmailTransport } from "./types";

/**
 * The local default: sends nothing. Every email is recorded as an EmailMessage row by sendEmail,
 * so that table is the mailbox (see /admin/emails).
 */
export function createDevMailboxTransport(): EmailTransport {
  return {
    name: "dev-mailbox",
    async send() {
      return {};
    },
  };
}
