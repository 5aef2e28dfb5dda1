import { AppError } from "./errors";

/** Keyset pagination over (createdAt, id), newest first: the (createdAt, id) of the last row of the previous page, opaque to clients. */
export interface PageCursor {
  createdAt: Date;
  id: string;
}

export function encodePageCursor({ createdAt, id }: PageCursor): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`, "utf8").toString("base64url");
}

export function decodePageCursor(cursor: string): PageCursor {
  const [iso, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || rest.length > 0 || Number.isNaN(createdAt.getTime())) {
    throw new AppError("VALIDATION_FAILED", "Invalid cursor", { fields: { cursor: ["Invalid cursor"] } });
  }
  return { createdAt, id };
}

/** Rows strictly older than the cursor. */
export function olderThan({ createdAt, id }: PageCursor) {
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}
