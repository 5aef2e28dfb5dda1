import { db } from "../core/db";
import { AppError } from "../core/errors";
import { setupTestDatabase } from "../testing/test-database";
import { acquireLease } from "./acquire-lease";
import { authorizeCron } from "./authorize-cron";
import { runScheduledJobs } from "./run-scheduled-jobs";

setupTestDatabase();

const unique = () => `lease-${Math.random().toString(36).slice(2)}`;

describe("acquireLease", () => {
  it("lets exactly one of many simultaneous callers take a free lease", async () => {
    const name = unique();
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => acquireLease(db, { name, holder: `instance-${i}`, seconds: 30 })));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("can be taken again once it has lapsed", async () => {
    const name = unique();
    expect(await acquireLease(db, { name, holder: "a", seconds: 30 })).toBe(true);
    expect(await acquireLease(db, { name, holder: "b", seconds: 30 })).toBe(false);
    await db.jobLease.update({ where: { name }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    expect(await acquireLease(db, { name, holder: "b", seconds: 30 })).toBe(true);
    expect((await db.jobLease.findUniqueOrThrow({ where: { name } })).holder).toBe("b");
  });
});

describe("runScheduledJobs", () => {
  it("runs once per lease window however many ticks arrive", async () => {
    await db.jobLease.deleteMany({ where: { name: "scheduler" } });
    const ticks = await Promise.all([runScheduledJobs(), runScheduledJobs(), runScheduledJobs()]);
    expect(ticks.filter((t) => t.ran)).toHaveLength(1);
    expect(ticks.find((t) => t.ran)).toMatchObject({ expired: expect.any(Number), reminded: expect.any(Number), completed: expect.any(Number) });
  });
});

describe("authorizeCron", () => {
  const codeOf = (run: () => void) => {
    try {
      run();
      return "OK";
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it("accepts only the configured bearer secret, and hides the endpoint when none is configured", () => {
    expect(codeOf(() => authorizeCron("Bearer s3cret", "s3cret"))).toBe("OK");
    expect(codeOf(() => authorizeCron("Bearer wrong", "s3cret"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => authorizeCron("s3cret", "s3cret"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => authorizeCron(null, "s3cret"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => authorizeCron("Bearer anything", undefined))).toBe("NOT_FOUND");
  });
});
