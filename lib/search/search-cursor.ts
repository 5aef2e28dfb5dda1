import { AppError } from "../core/errors";

/**
 * Keyset pagination over (key, id) ascending, whatever the sort: relevance and rating are stored
 * negated so that "best first" is ascending too. Opaque to clients; a float survives the JSON
 * round trip exactly, so the next page starts right after the last row.
 */
export interface SearchCursor {
  key: number;
  id: string;
}

const invalid = () => new AppError("BAD_REQUEST", "Some query parameters are invalid", { fields: { cursor: ["Invalid cursor"] } });

export function encodeSearchCursor({ key, id }: SearchCursor): string {
  return Buffer.from(JSON.stringify([key, id]), "utf8").toString("base64url");
}

export function decodeSearchCursor(cursor: string): SearchCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [key, id] = parsed as unknown[];
  if (typeof key !== "number" || !Number.isFinite(key) || typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw invalid();
  return { key, id };
}
