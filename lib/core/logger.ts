import pino, { type DestinationStream, type Level, type LevelWithSilent } from "pino";
import { env } from "./env";
import { currentRequestContext } from "./request-context";

/**
 * Structured JSON logs; secrets and credentials never reach the output. A factory so that tests
 * can capture lines; the app logs through `logger` below.
 */
export function createLogger(level: LevelWithSilent | Level, destination: DestinationStream = pino.destination(1)) {
  return pino(
    {
      level,
      base: { service: "hearth" },
      // Inside route() or an action every line carries the request (and user) it belongs to,
      // including lines logged deep in lib/ through the plain `logger` import.
      mixin() {
        const context = currentRequestContext();
        if (!context) return {};
        return context.userId ? { requestId: context.requestId, userId: context.userId } : { requestId: context.requestId };
      },
      redact: {
        paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token", "authorization", "*.authorization", "cookie", "*.cookie", "*.secret"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

export const logger = createLogger(env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL);

export type Logger = typeof logger;

/**
 * For code outside route() and the action wrapper (e.g. the Stripe webhook): inside them the
 * mixin above already adds the request id, and a child binding would repeat the key.
 */
export function requestLogger(requestId: string): Logger {
  return currentRequestContext() ? logger : logger.child({ requestId });
}
