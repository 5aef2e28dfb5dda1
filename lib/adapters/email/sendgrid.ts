import { MailService } from "@sendgrid/mail";
import type { EmailTransport } from "./types";

export interface SendgridTransportConfig {
  apiKey: string;
  from: string;
  /** Bounded so that a hanging provider cannot hold a delivery (and its database transaction) open. */
  timeoutMs?: number;
}

/** Only ever created with a key: without one the SendGrid client still tries the network. */
export function createSendgridTransport({ apiKey, from, timeoutMs = 10_000 }: SendgridTransportConfig): EmailTransport {
  // Our own instance rather than the package's singleton, so nothing else can change its key.
  const mail = new MailService();
  mail.setApiKey(apiKey);
  mail.setTimeout(timeoutMs);
  return {
    name: "sendgrid",
    async send(message) {
      const [response] = await mail.send({
        to: message.to,
        from,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments?.map((a) => ({ ...a, disposition: "attachment" })),
        ...(message.headers && Object.keys(message.headers).length ? { headers: message.headers } : {}),
      });
      const id = (response.headers as Record<string, string | undefined> | undefined)?.["x-message-id"];
      return { providerMessageId: id ?? undefined };
    },
  };
}
