export interface EmailAttachment {
  filename: string;
  /** Base64. */
  content: string;
  /** MIME type, e.g. "text/calendar". */
  type: string;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
  /** Extra MIME headers, e.g. List-Unsubscribe. The dev mailbox ignores them. */
  headers?: Record<string, string>;
}

export interface EmailTransport {
  readonly name: "sendgrid" | "dev-mailbox";
  /** Rejects when the provider refused or could not be reached; the caller retries. */
  send(message: OutgoingEmail): Promise<{ providerMessageId?: string }>;
}
