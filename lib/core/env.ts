import { z } from "zod";

/**
 * The one place that reads process.env. Every external service is optional: unset means
 * the embedded default (PGlite, memory, dev mailbox, local disk, test-mode processor).
 */
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  APP_URL: optional,
  DATA_DIR: z.string().default(".data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  DATABASE_URL: optional,
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /** PGlite's data directory; "memory://" for an in-memory database (tests). */
  PGLITE_DIR: optional,
  REDIS_URL: optional,

  NEXTAUTH_SECRET: optional,
  NEXTAUTH_URL: optional,

  SENDGRID_API_KEY: optional,
  EMAIL_FROM: z.string().default("Hearth <no-reply@hearth.local>"),

  S3_BUCKET: optional,
  S3_REGION: z.string().default("us-east-1"),
  S3_ENDPOINT: optional,
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  S3_FORCE_PATH_STYLE: z.stringbool().default(false),

  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  STRIPE_PUBLISHABLE_KEY: optional,
  STRIPE_API_HOST: optional,
  STRIPE_API_PORT: z.coerce.number().int().positive().optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(10_000).default(1500),

  SENTRY_DSN: optional,
  NEXT_PUBLIC_SENTRY_DSN: optional,
  NEXT_PUBLIC_POSTHOG_KEY: optional,
  NEXT_PUBLIC_POSTHOG_HOST: optional,

  CRON_SECRET: optional,
  /** When set, GET /api/metrics requires `Authorization: Bearer <token>`; unset, it is open. */
  METRICS_TOKEN: optional,
  /** Set by Next itself; "phase-production-build" while `next build` collects page data. */
  NEXT_PHASE: optional,
  OUTBOX_POLL_MS: z.coerce.number().int().min(0).default(5000),
  /** In-process scheduler tick (reminders, expiry, auto-complete); 0 leaves it to an external cron. */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /**
   * SIGTERM (docs/operations.md): keep serving this long while load balancers stop routing here
   * (k8s already waits in preStop), then stop accepting and give in-flight requests and outbox
   * deliveries up to SHUTDOWN_TIMEOUT_MS to finish.
   */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).default(0),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  /** A confirmed booking completes itself this long after its end unless it is disputed. */
  BOOKING_AUTO_COMPLETE_HOURS: z.coerce.number().int().min(1).default(24),
  /** How long a freed time offered to a waitlisted customer is held for them alone (docs/waitlist.md). */
  WAITLIST_HOLD_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** How long after a booking ends its customer can open a dispute. */
  DISPUTE_WINDOW_DAYS: z.coerce.number().int().min(1).default(7),
  /** How long the other party has to answer a dispute before it goes to the admin queue. */
  DISPUTE_RESPONSE_DAYS: z.coerce.number().int().min(1).default(3),
  /** A submitted bounty with no answer from its poster is released to the provider after this many days. */
  BOUNTY_AUTO_RELEASE_DAYS: z.coerce.number().int().min(1).default(7),
  /** Spam cap: offers a provider may make per rolling 24 hours. */
  BOUNTY_MAX_OPEN_OFFERS_PER_DAY: z.coerce.number().int().min(1).default(10),
  /** How many times a poster may send submitted work back before approving or disputing. */
  BOUNTY_MAX_CHANGE_REQUESTS: z.coerce.number().int().min(0).default(3),
  SEED_ON_START: z.stringbool().default(true),
  /**
   * Multiplies the points of the request limits (lib/adapters/request-limits.ts). The Playwright
   * server raises it: every browser there is one address signing up and in far more than a person.
   */
  REQUEST_LIMITS_SCALE: z.coerce.number().positive().default(1),
});

export type Env = z.infer<typeof EnvSchema>;

function loadEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env: Env = loadEnv();

/**
 * A development-only secret keeps `npm start` working on a fresh machine. `next build` imports
 * this module too, and a build must never need a runtime secret (Vercel and container images are
 * built without them), so production's own secret is demanded at server start instead
 * (assertRuntimeSecrets).
 */
export const authSecret = env.NEXTAUTH_SECRET ?? "hearth-local-development-secret-do-not-use-in-production";

/** The one-line reason a production server must not start, or null when it may. */
export function missingRuntimeSecret(): string | null {
  if (env.NODE_ENV !== "production" || !env.DATABASE_URL || env.NEXTAUTH_SECRET || isNextBuild()) return null;
  return "NEXTAUTH_SECRET must be set when running against a real database in production";
}

/** `next build` imports server modules; background work (the outbox poller) must not start there. */
export const isNextBuild = (): boolean => env.NEXT_PHASE === "phase-production-build";

export const appUrl = env.APP_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
