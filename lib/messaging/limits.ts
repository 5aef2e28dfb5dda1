/** Messaging limits, shared by the use cases, the routes and the chat UI. */
export const MESSAGE_MAX_CHARS = 5_000;
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** All attachments of one message together; the multipart request may add a little overhead. */
export const MAX_MESSAGE_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Signed attachment links live this long; a page older than that re-fetches its messages. */
export const ATTACHMENT_URL_TTL_SECONDS = 60 * 60;
/** Messages one user may send per window, across every instance when Redis is configured. */
export const SEND_RATE = { points: 30, durationSeconds: 60 };
export const ACCEPTED_ATTACHMENT_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf"] as const;
