import { z } from "zod";
import { AppError, isAppError } from "./errors";
import { requestLogger, type Logger } from "./logger";
import { parseInput } from "./validation";
import { appUrl } from "./env";
import type { Actor } from "./auth/actor";
import { getCurrentActor } from "./auth/session";
import { idempotencyKeyOf, requestHash, runIdempotently } from "./idempotency";
import { readBodyWithin } from "./read-upload";
import { reportError } from "./report-error";
import { requestIdFrom } from "./request-id";
import { runWithRequestContext, type RequestContext } from "./request-context";
import { recordHttpRequest, routePattern } from "./metrics/http-metrics";
import { enforceRequestLimits, type RequestLimit } from "./request-limits";

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface RouteContext<P> {
  request: Request;
  params: P;
  requestId: string;
  log: Logger;
  /** The signed-in actor, or null. */
  actor: Actor | null;
  /** The signed-in actor; 401 when there is none. */
  requireActor(): Actor;
  /** The JSON body parsed by `schema`: 400 if it is not JSON, 413 if too large, 422 with field details if invalid. */
  body<S extends z.ZodType>(schema: S): Promise<z.output<S>>;
  /** The raw query string as an object, for use cases that validate their own query. */
  searchParams: Record<string, string>;
}

interface RouteOptions {
  maxBodyBytes?: number;
  /**
   * Honour the `Idempotency-Key` header for signed-in writes, e.g. `{ idempotency: "bookings.create" }`:
   * a retry with the same key and request gets the stored response (see lib/core/idempotency.ts).
   * Keys are unique per user and scope, so give each route its own scope.
   */
  idempotency?: string;
  /** Stricter limits of this route, on top of the global per-address one (429 with Retry-After). */
  limits?: readonly RequestLimit[];
  /**
   * false exempts the route from the global per-address limit: probes and scrapers (health,
   * readiness, metrics) and server-to-server calls arrive from a few addresses, often.
   */
  globalLimit?: boolean;
}

type Handler<P> = (ctx: RouteContext<P>) => Promise<Response | unknown>;

/** A JSON response with an explicit status, e.g. `respond(201, booking)`. */
export function respond(status: number, data: unknown, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}

export function errorResponse(error: AppError, requestId: string): Response {
  const headers: Record<string, string> = { "x-request-id": requestId };
  const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (retryAfter) headers["retry-after"] = String(retryAfter);
  return Response.json({ error: error.toJSON() }, { status: error.status, headers });
}

/**
 * Cookie-authenticated writes must come from our own pages. Browsers always send Origin on
 * cross-site and same-site POSTs; a request without cookies cannot act as anyone, so it may omit it.
 */
function assertSameOrigin(request: Request): void {
  if (!UNSAFE_METHODS.has(request.method) || !request.headers.get("cookie")) return;
  const origin = request.headers.get("origin");
  const allowed = new Set([new URL(request.url).origin, new URL(appUrl).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) allowed.add(`${request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "")}://${host}`);
  if (!origin || !allowed.has(origin)) {
    throw new AppError("FORBIDDEN", "Cross-origin request refused");
  }
}

/** next-auth's JWT cookie (with the __Secure- prefix over HTTPS); without it there is no session to read. */
function hasSessionCookie(request: Request): boolean {
  return /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/.test(request.headers.get("cookie") ?? "");
}

/**
 * The key to honour, if any. Keys are per user: without an actor the handler answers 401 and
 * there is nothing to key; safe methods need none. Without the header the request runs as usual.
 */
function idempotencyOf(request: Request, actor: Actor | null, scope: string | undefined) {
  if (!scope || !actor || !UNSAFE_METHODS.has(request.method)) return null;
  const key = idempotencyKeyOf(request);
  return key === null ? null : { userId: actor.userId, scope, key };
}

function assertJsonBody(request: Request): void {
  // An empty body is an empty object: `POST /cancel` with no reason needs no JSON.
  if (!request.body || request.headers.get("content-length") === "0") return;
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
}

/** The body as text, within `maxBytes` whether declared or streamed. */
async function readBody(request: Request, maxBytes: number, requireJson: boolean): Promise<string> {
  const tooLarge = `Request body exceeds ${maxBytes} bytes`;
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
  if (requireJson) assertJsonBody(request);
  return (await readBodyWithin(request, maxBytes, tooLarge)).toString("utf8");
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
}

/**
 * Wraps a route handler: request id, origin check, session, body and query parsing, and the one
 * error shape `{ error: { code, message, details? } }`. Unexpected errors are logged and become a
 * generic 500 so that internals never leak.
 */
export function route<P = Record<string, never>>(handler: Handler<P>, options: RouteOptions = {}) {
  // Next passes `params` for every route; its type comes from the folder name, hence the cast.
  return async (request: Request, context: { params: Promise<unknown> }): Promise<Response> => {
    // middleware.ts has already chosen the id (and put it on the request); route() checks again
    // for requests that reach a handler without it (tests, a matcher change).
    const requestId = requestIdFrom(request.headers);
    const requestContext: RequestContext = { requestId };
    const started = performance.now();
    let params: Record<string, unknown> = {};
    let status = 500;
    try {
      const response = await runWithRequestContext(requestContext, () =>
        handle(request, context, requestId, requestContext, (resolved) => (params = resolved)),
      );
      status = response.status;
      if (!response.headers.has("x-request-id")) {
        // Headers of a Response built by a handler may be immutable (e.g. Response.redirect).
        try {
          response.headers.set("x-request-id", requestId);
        } catch {
          // middleware.ts sets it on the way out anyway.
        }
      }
      return response;
    } finally {
      const pathname = new URL(request.url).pathname;
      recordHttpRequest({ method: request.method, route: routePattern(pathname, params), status, seconds: (performance.now() - started) / 1000 });
    }
  };

  async function handle(
    request: Request,
    context: { params: Promise<unknown> },
    requestId: string,
    requestContext: RequestContext,
    onParams: (params: Record<string, unknown>) => void,
  ): Promise<Response> {
    const log = requestLogger(requestId);
    // First, so that even a refused request is counted under its route pattern, not its raw URL.
    const params = ((await context?.params) ?? {}) as P;
    onParams(params as Record<string, unknown>);
    // Hoisted so that an unexpected error is reported with the user it happened to.
    let actor: Actor | null = null;
    try {
      assertSameOrigin(request);
      const signedIn = hasSessionCookie(request) ? await getCurrentActor() : null;
      actor = signedIn;
      if (signedIn) requestContext.userId = signedIn.userId;
      // Before the body is read: a client over its limit costs as little as possible.
      await enforceRequestLimits({ headers: request.headers, userId: signedIn?.userId ?? null, limits: options.limits, global: options.globalLimit !== false });
      const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      const keyed = idempotencyOf(request, signedIn, options.idempotency);
      // A keyed request's body is read up front, because it is part of the request's hash.
      const keyedBody = keyed ? await readBody(request, maxBodyBytes, false) : null;
      const ctx: RouteContext<P> = {
        request,
        params,
        requestId,
        log,
        actor: signedIn,
        requireActor() {
          if (!signedIn) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
          return signedIn;
        },
        async body(schema) {
          // Read already; an empty one is `{}` like below, a non-empty one must be JSON.
          if (keyedBody) assertJsonBody(request);
          return parseInput(schema, parseJson(keyedBody ?? (await readBody(request, maxBodyBytes, true))));
        },
        searchParams: Object.fromEntries(new URL(request.url).searchParams),
      };
      const run = async (): Promise<Response> => {
        try {
          const result = await handler(ctx);
          if (result instanceof Response) return result;
          return Response.json(result ?? null, { headers: { "x-request-id": requestId } });
        } catch (error) {
          if (isAppError(error)) return errorResponse(error, requestId);
          throw error;
        }
      };
      if (!keyed) return await run();
      const hash = requestHash(request.method, request.url, keyedBody ?? "");
      return await runIdempotently({ ...keyed, requestHash: hash, requestId, log }, run);
    } catch (error) {
      if (isAppError(error)) return errorResponse(error, requestId);
      log.error({ err: error, method: request.method, url: request.url }, "unhandled error in route");
      await reportError(error, { requestId, userId: actor?.userId });
      return errorResponse(new AppError("INTERNAL", "Something went wrong. Please try again."), requestId);
    }
  }
}
