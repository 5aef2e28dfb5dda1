import type { OutgoingEmail } from "../adapters/email";
import { notificationTypeInfo } from "./notification-types";
import { escapeHtml } from "./templates/format";
import { notificationSettingsUrl, oneClickUnsubscribeUrl, signUnsubscribeToken, unsubscribeUrl } from "./unsubscribe-token";

/**
 * Adds the way out to an email a user may switch off: a visible link in both parts (a person's one
 * click) and the List-Unsubscribe / List-Unsubscribe-Post headers (RFC 8058: the mail client's own
 * button POSTs to the one-click URL). Applied centrally by sendEmail, so templates never forget it.
 */
export function withUnsubscribe<T extends Pick<OutgoingEmail, "text" | "html" | "headers">>(
  message: T,
  claim: { userId: string; type: string },
): T & { headers: Record<string, string> } {
  const token = signUnsubscribeToken(claim);
  const link = unsubscribeUrl(token);
  const settings = notificationSettingsUrl();
  const what = (notificationTypeInfo(claim.type)?.label ?? "these").toLowerCase();
  const text = `${message.text}\n\nDon't want ${what} emails? Unsubscribe: ${link}\nAll notification settings: ${settings}`;
  const footer =
    `<p style="margin:16px auto 0;max-width:560px;color:#9ca3af;font-size:12px;text-align:center">` +
    `Don't want ${escapeHtml(what)} emails? <a href="${escapeHtml(link)}" style="color:#6b7280">Unsubscribe</a>` +
    ` · <a href="${escapeHtml(settings)}" style="color:#6b7280">Notification settings</a></p>`;
  const closing = message.html.lastIndexOf("</body>");
  const html = closing >= 0 ? `${message.html.slice(0, closing)}${footer}${message.html.slice(closing)}` : `${message.html}${footer}`;
  return {
    ...message,
    text,
    html,
    headers: {
      ...message.headers,
      "List-Unsubscribe": `<${oneClickUnsubscribeUrl(token)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
