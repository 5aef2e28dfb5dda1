import type { Db } from "../core/db";

/**
 * Takes the named lease if it is free or lapsed, in one statement judged by the database's clock,
 * so exactly one instance wins each tick however many run the scheduler.
 */
export async function acquireLease(db: Db, { name, holder, seconds }: { name: string; holder: string; seconds: number }): Promise<boolean> {
  const rows = await db.$queryRaw<{ holder: string }[]>`
    INSERT INTO "JobLease" ("name", "holder", "leaseUntil")
    VALUES (${name}, ${holder}, now() + make_interval(secs => ${seconds}))
    ON CONFLICT ("name") DO UPDATE
      SET "holder" = EXCLUDED."holder", "leaseUntil" = EXCLUDED."leaseUntil"
      WHERE "JobLease"."leaseUntil" <= now()
    RETURNING "holder"`;
  return rows.length === 1;
}
