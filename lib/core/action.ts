import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError, isAppError } from "./errors";
import { logger } from "./logger";
import { reportError } from "./report-error";
import { parseInput } from "./validation";
import type { Actor } from "./auth/actor";
import { getCurrentActor } from "./auth/session";

export type ActionError = { code: string; message: string; details?: unknown };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** Filled in by the wrapper once the session is read, so an unexpected error is reported with its user. */
type RunContext = { userId?: string };

async function run<T>(work: (context: RunContext) => Promise<T>): Promise<ActionResult<T>> {
  const context: RunContext = {};
  try {
    return { ok: true, data: await work(context) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toJSON() };
    // Actions have no request id of their own; one per failure ties the log line to the Sentry event.
    const requestId = randomUUID();
    logger.error({ err: error, requestId, userId: context.userId }, "unhandled error in server action");
    await reportError(error, { requestId, userId: context.userId });
    return { ok: false, error: { code: "INTERNAL", message: "Something went wrong. Please try again." } };
  }
}

/**
 * The one server-action wrapper: parses input with the same zod schema the form uses, resolves
 * the session, and turns AppErrors into `{ ok: false, error }` so forms can show field errors.
 * Next already refuses cross-origin action calls.
 */
export function authedAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, ctx: { actor: Actor }) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> =>
    run(async (context) => {
      const actor = await getCurrentActor();
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
      context.userId = actor.userId;
      return handler(parseInput(schema, input), { actor });
    });
}

export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, ctx: { actor: Actor | null }) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> =>
    run(async (context) => {
      const actor = await getCurrentActor();
      context.userId = actor?.userId;
      return handler(parseInput(schema, input), { actor });
    });
}
