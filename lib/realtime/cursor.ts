/**
 * The per-user stream's replay cursor: a message's creation instant (ms, database clock) and id,
 * written `<ms>-<id>`. It is the SSE `id:` of message events, so a browser reconnecting sends it
 * back as Last-Event-ID. Pure and dependency-free: the browser uses it too.
 */
export interface StreamCursor {
  at: number;
  id: string;
}

const CURSOR = /^(\d{1,15})(?:-([A-Za-z0-9_-]{1,64}))?$/;

export function formatStreamCursor({ at, id }: StreamCursor): string {
  return id ? `${at}-${id}` : String(at);
}

/** null for anything that is not a cursor (a stale or forged header is treated as "no cursor"). */
export function parseStreamCursor(value: string | null | undefined): StreamCursor | null {
  const match = value ? CURSOR.exec(value.trim()) : null;
  if (!match) return null;
  const at = Number(match[1]);
  return Number.isSafeInteger(at) ? { at, id: match[2] ?? "" } : null;
}

export function compareStreamCursors(a: StreamCursor, b: StreamCursor): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

export function messageStreamCursor(message: { id: string; createdAt: Date | string }): string {
  const at = typeof message.createdAt === "string" ? Date.parse(message.createdAt) : message.createdAt.getTime();
  return formatStreamCursor({ at, id: message.id });
}
