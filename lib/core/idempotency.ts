import { createHash, randomUUID } from "node:crypto";
import { db, Prisma } from "./db";
import { AppError } from "./errors";
import type { Logger } from "./logger";

/**
 * Idempotency keys for REST writes (see docs/architecture.md, "Idempotency keys"). A client that
 * sends `Idempotency-Key` may retry a write safely: the first request claims the key with a
 * placeholder row (statusCode 0), runs, and stores its response; a retry gets that response back.
 */

export const IDEMPOTENCY_HEADER = "idempotency-key";
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
/**
 * A placeholder older than this belongs to a request whose process died before it could store or
 * release the key; it may be taken over. Far above the longest a live request runs (the database
 * transaction times out after 20 s), so a slow request is never run twice.
 */
export const IN_PROGRESS_TIMEOUT_MS = 2 * 60_000;
const IN_PROGRESS = 0;
const RETRY_AFTER_SECONDS = 1;
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;

/** The request's key, null when absent; 400 when present but not 1–255 printable ASCII characters. */
export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!KEY_PATTERN.test(key)) throw new AppError("BAD_REQUEST", "Idempotency-Key must be 1 to 255 printable ASCII characters");
  return key;
}

/** JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * SHA-256 of method, path (route params included, so one key cannot replay another booking's
 * answer), sorted query and the canonical body. A body that is not JSON is hashed as sent.
 */
export function requestHash(method: string, url: string, body: string): string {
  const { pathname, searchParams } = new URL(url);
  searchParams.sort();
  let canonical = body;
  try {
    if (body) canonical = canonicalJson(JSON.parse(body));
  } catch {
    // Not JSON: the handler will refuse it; the hash only has to tell it apart.
  }
  const query = searchParams.size ? `?${searchParams}` : "";
  return createHash("sha256").update(`${method.toUpperCase()} ${pathname}${query}\n${canonical}`).digest("hex");
}

export interface ClaimOptions {
  userId: string;
  scope: string;
  key: string;
  requestHash: string;
  now?: Date;
}

export type Claim = { kind: "claimed"; id: string } | { kind: "replay"; statusCode: number; body: unknown };

/**
 * Claims the key in one statement: inserts the placeholder, or takes over a row that expired (or
 * a placeholder abandoned by a dead process). Otherwise the stored row decides: same request and
 * finished → replay; another request → 422; same request still running → 409.
 */
export async function claimIdempotencyKey({ userId, scope, key, requestHash, now = new Date() }: ClaimOptions): Promise<Claim> {
  const expiresAt = new Date(now.getTime() + IDEMPOTENCY_TTL_MS);
  const staleBefore = new Date(now.getTime() - IN_PROGRESS_TIMEOUT_MS);
  // A row released between our insert and our read is gone: claim again (bounded, it is a race).
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = randomUUID();
    const claimed = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "IdempotencyKey" ("id", "userId", "key", "scope", "requestHash", "statusCode", "responseBody", "createdAt", "expiresAt")
      VALUES (${id}, ${userId}, ${key}, ${scope}, ${requestHash}, ${IN_PROGRESS}, 'null'::jsonb, ${now}::timestamptz, ${expiresAt}::timestamptz)
      ON CONFLICT ("userId", "scope", "key") DO UPDATE SET
        "id" = EXCLUDED."id", "requestHash" = EXCLUDED."requestHash", "statusCode" = EXCLUDED."statusCode",
        "responseBody" = EXCLUDED."responseBody", "createdAt" = EXCLUDED."createdAt", "expiresAt" = EXCLUDED."expiresAt"
      WHERE "IdempotencyKey"."expiresAt" <= EXCLUDED."createdAt"
         OR ("IdempotencyKey"."statusCode" = ${IN_PROGRESS} AND "IdempotencyKey"."createdAt" <= ${staleBefore}::timestamptz)
      RETURNING "id"`;
    if (claimed.length) return { kind: "claimed", id: claimed[0].id };

    const existing = await db.idempotencyKey.findUnique({
      where: { userId_scope_key: { userId, scope, key } },
      select: { requestHash: true, statusCode: true, responseBody: true },
    });
    if (!existing) continue;
    if (existing.requestHash !== requestHash) {
      throw new AppError("IDEMPOTENCY_MISMATCH", "This Idempotency-Key was used with a different request");
    }
    if (existing.statusCode === IN_PROGRESS) {
      throw new AppError("CONFLICT", "A request with this Idempotency-Key is still in progress; retry later", {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    return { kind: "replay", statusCode: existing.statusCode, body: existing.responseBody };
  }
  throw new AppError("CONFLICT", "A request with this Idempotency-Key is still in progress; retry later", { retryAfterSeconds: RETRY_AFTER_SECONDS });
}

/** Stores the final answer on our placeholder; a no-op if the key was taken over meanwhile. */
export async function completeIdempotencyKey({ id, statusCode, body }: { id: string; statusCode: number; body: unknown }): Promise<void> {
  await db.idempotencyKey.updateMany({
    where: { id, statusCode: IN_PROGRESS },
    data: { statusCode, responseBody: body === null ? Prisma.JsonNull : (body as Prisma.InputJsonValue) },
  });
}

/** Drops our placeholder so that a retry runs the request again. */
export async function releaseIdempotencyKey(id: string): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { id, statusCode: IN_PROGRESS } });
}

/**
 * 2xx and 4xx answers are what this request means and are kept; 5xx and 429 (rate limits) say
 * nothing about the request, so a retry must run again.
 */
function isReplayable(status: number): boolean {
  return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);
}

async function jsonOf(response: Response): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: JSON.parse(await response.clone().text()) };
  } catch {
    return { ok: false };
  }
}

export interface IdempotentRun extends ClaimOptions {
  requestId: string;
  log: Logger;
}

/**
 * Runs `run` at most once per (user, scope, key) and answers retries with its stored response.
 * AppErrors from the claim (422 mismatch, 409 in progress) propagate to route()'s error mapping;
 * an unexpected error from `run` releases the key and propagates.
 */
export async function runIdempotently(options: IdempotentRun, run: () => Promise<Response>): Promise<Response> {
  const { requestId, log, ...claimOptions } = options;
  const claim = await claimIdempotencyKey(claimOptions);
  if (claim.kind === "replay") {
    log.info({ scope: options.scope, status: claim.statusCode }, "idempotent replay");
    return Response.json(claim.body, {
      status: claim.statusCode,
      headers: { "x-request-id": requestId, "idempotent-replayed": "true" },
    });
  }
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    await releaseIdempotencyKey(claim.id).catch((err: unknown) => log.error({ err }, "could not release idempotency key"));
    throw error;
  }
  try {
    const json = isReplayable(response.status) ? await jsonOf(response) : { ok: false as const };
    if (json.ok) await completeIdempotencyKey({ id: claim.id, statusCode: response.status, body: json.body });
    else await releaseIdempotencyKey(claim.id);
  } catch (err) {
    // The write itself succeeded: answer it. The placeholder goes stale and a retry runs again.
    log.error({ err, scope: options.scope }, "could not store idempotent response");
  }
  return response;
}

/** For the scheduler: deletes keys past their 24 h, which are treated as absent anyway. */
export async function deleteExpiredIdempotencyKeys({ now = new Date() }: { now?: Date } = {}): Promise<{ deleted: number }> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } });
  return { deleted: count };
}
