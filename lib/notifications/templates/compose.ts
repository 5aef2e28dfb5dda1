import { escapeHtml } from "./format";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailContent {
  subject: string;
  heading: string;
  /** Plain-text paragraphs; escaped for the html part. */
  paragraphs: string[];
  /** Label/value rows, e.g. ["Price", "$85.00"]. */
  details?: [string, string][];
  action?: { label: string; url: string };
  footer?: string;
}

/**
 * Builds the text and html parts from the same plain strings, so the two never drift and every
 * user-provided value (names, service titles, notes) is escaped exactly once, here.
 */
export function composeEmail(content: EmailContent): RenderedEmail {
  return { subject: content.subject, text: toText(content), html: toHtml(content) };
}

function toText({ heading, paragraphs, details = [], action, footer }: EmailContent): string {
  const lines = [heading, "", ...paragraphs.flatMap((p) => [p, ""])];
  if (details.length) lines.push(...details.map(([label, value]) => `${label}: ${value}`), "");
  if (action) lines.push(`${action.label}: ${action.url}`, "");
  lines.push(footer ?? "— Hearth");
  return lines.join("\n");
}

function toHtml({ subject, heading, paragraphs, details = [], action, footer }: EmailContent): string {
  const rows = details
    .map(
      ([label, value]) =>
        `<tr><td style="padding:4px 12px 4px 0;color:#6b7280;vertical-align:top;white-space:nowrap">${escapeHtml(label)}</td>` +
        `<td style="padding:4px 0;color:#111827">${escapeHtml(value)}</td></tr>`,
    )
    .join("");
  return [
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f9fafb;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e5e7eb;border-radius:12px;padding:24px">`,
    `<h1 style="margin:0 0 16px;font-size:20px;color:#111827">${escapeHtml(heading)}</h1>`,
    ...paragraphs.map((p) => `<p style="margin:0 0 12px;color:#374151;line-height:1.5">${escapeHtml(p)}</p>`),
    rows ? `<table style="margin:8px 0 16px;border-collapse:collapse;font-size:14px">${rows}</table>` : "",
    action
      ? `<p style="margin:16px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#ea580c;color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:8px">${escapeHtml(action.label)}</a></p>`
      : "",
    `<p style="margin:24px 0 0;color:#9ca3af;font-size:12px">${escapeHtml(footer ?? "— Hearth")}</p>`,
    `</div></body></html>`,
  ].join("");
}
