import type { EmailTransport, OutgoingEmail } from "./types";

/*
 * The contract of the deduplicating email sender that event handlers receive as `ctx.email`.
 * Only types: lib/notifications/send-email.ts implements it. They sit here, at the adapter floor,
 * so lib/events (the outbox core) can type its handler context without importing a domain.
 */

export interface SendEmailOptions extends OutgoingEmail {
  /** Which template produced it, for the mailbox and metrics; also names its notification type (see below). */
  template: string;
  /** One email per key, ever: e.g. `booking.confirmed:<bookingId>:customer`. */
  dedupeKey: string;
  /**
   * The notification type whose email preference governs this email. Defaults to the type the
   * template belongs to (preferenceTypeForTemplate); null sends it regardless of preferences.
   */
  preferenceType?: string | null;
  /** The recipient's account; defaults to the user whose email is `to`. */
  userId?: string;
  /** Defaults to getEmailTransport(). */
  transport?: EmailTransport;
  /**
   * A credential the message carries (a password-reset or verification token). The recipient gets
   * it; the stored copy gets "[redacted]" instead, so a database reader cannot use the link. Only
   * the dev mailbox, which is the recipient's inbox on a developer's machine, keeps it.
   */
  secret?: string;
}

export type SendEmailResult =
  | {
      emailId: string;
      /** False when an email with this dedupe key already existed and nothing was sent. */
      sent: boolean;
      suppressed?: undefined;
    }
  /** The recipient switched this type's email off: nothing was sent or recorded. */
  | { emailId: null; sent: false; suppressed: "preference" };

/** What handlers receive as `ctx.email`. */
export interface EmailSender {
  send(options: Omit<SendEmailOptions, "transport">): Promise<SendEmailResult>;
}
