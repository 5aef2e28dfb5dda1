import sanitizeHtml from "sanitize-html";

/**
 * Bios are stored as plain text: every tag is dropped (its text kept), entities decoded back to
 * characters except angle brackets, so the profile page renders it as text and nothing a provider types can run
 * anywhere it is shown (page, emails, API clients that render HTML). Paragraph breaks survive.
 */
export function sanitizeBio(input: string): string {
  const withBreaks = input.replace(/<\s*br\s*\/?>/gi, "\n").replace(/<\/\s*p\s*>/gi, "\n\n");
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "discard" });
  return decodeEntities(text)
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function decodeEntities(text: string): string {
  return text
    // Angle brackets never come back: stored text that looks like markup would be one careless
    // `dangerouslySetInnerHTML` away from running.
    .replace(/&lt;|&gt;|[<>]/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}
