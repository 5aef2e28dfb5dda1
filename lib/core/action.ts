import { z } from "zod";
import { AppError, isAppError } from "./errors";
import { logger } from "./logger";
import { reportError } from "./report-error";
import { parseInput } from "./validation";
import type { Actor } from "./auth/actor";
import { getCurrentActor } from "./auth/session";
import { requestIdFrom } from "./request-id";
import { runWithRequestContext, type RequestContext } from "./request-context";
import { enforceRequestLimits, type RequestLimit } from "./request-limits";

export interface ActionOptions {
  /** Stricter limits of this action, on top of the global per-address one. */
  limits?: readonly RequestLimit[];
}

/** The action's request headers, or null outside a request (tests, scripts): then nothing is counted. */
async function actionHeaders(): Promise<Headers | null> {
  try {
    const { headers } = await import("next/headers");
    return new Headers(await headers());
  } catch {
    return null;
  }
}

async function limitAction(userId: string | null, options: ActionOptions): Promise<void> {
  const headers = await actionHeaders();
  if (headers) await enforceRequestLimits({ headers, userId, limits: options.limits });
}

export type ActionError = { code: string; message: string; details?: unknown };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * The id middleware.ts put on the action's POST (so the action's log lines match the response
 * header), or a fresh one outside a request (tests, scripts).
 */
async function actionRequestId(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return requestIdFrom(await headers());
  } catch {
    return requestIdFrom(new Headers());
  }
}

/** The request context is filled in by the wrapper once the session is read, so logs and reports carry the user. */
async function run<T>(work: (context: RequestContext) => Promise<T>): Promise<ActionResult<T>> {
  const context: RequestContext = { requestId: await actionRequestId() };
  return runWithRequestContext(context, async () => {
    try {
      return { ok: true as const, data: await work(context) };
    } catch (error) {
      if (isAppError(error)) return { ok: false as const, error: error.toJSON() };
      // The mixin in lib/core/logger.ts adds requestId and userId to the line.
      logger.error({ err: error }, "unhandled error in server action");
      await reportError(error, { requestId: context.requestId, userId: context.userId });
      return { ok: false as const, error: { code: "INTERNAL", message: "Something went wrong. Please try again." } };
    }
  });
}

/**
 * The one server-action wrapper: parses input with the same zod schema the form uses, resolves
 * the session, and turns AppErrors into `{ ok: false, error }` so forms can show field errors.
 * Next already refuses cross-origin action calls.
 */
export function authedAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, ctx: { actor: Actor }) => Promise<T>, options: ActionOptions = {}) {
  return async (input: z.input<S>): Promise<ActionResult<T>> =>
    run(async (context) => {
      const actor = await getCurrentActor();
      await limitAction(actor?.userId ?? null, options);
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
      context.userId = actor.userId;
      return handler(parseInput(schema, input), { actor });
    });
}

export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, ctx: { actor: Actor | null }) => Promise<T>, options: ActionOptions = {}) {
  return async (input: z.input<S>): Promise<ActionResult<T>> =>
    run(async (context) => {
      const actor = await getCurrentActor();
      context.userId = actor?.userId;
      await limitAction(actor?.userId ?? null, options);
      return handler(parseInput(schema, input), { actor });
    });
}
