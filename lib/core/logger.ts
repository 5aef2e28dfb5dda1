import pino from "pino";
import { env } from "./env";

/** Structured logs; secrets and credentials never reach the output. */
export const logger = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { service: "hearth" },
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token", "authorization", "*.authorization", "cookie", "*.cookie", "*.secret"],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;

export function requestLogger(requestId: string): Logger {
  return logger.child({ requestId });
}
