import { z } from "zod";
import { AppError, isAppError } from "./errors";
import { logger } from "./logger";
import { parseInput } from "./validation";
import type { Actor } from "./auth/actor";
import { getCurrentActor } from "./auth/session";

export type ActionError = { code: string; message: string; details?: unknown };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toJSON() };
    logger.error({ err: error }, "unhandled error in server action");
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
    run(async () => {
      const actor = await getCurrentActor();
      if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
      return handler(parseInput(schema, input), { actor });
    });
}

export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, ctx: { actor: Actor | null }) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> =>
    run(async () => handler(parseInput(schema, input), { actor: await getCurrentActor() }));
}
