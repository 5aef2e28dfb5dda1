import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "../core/db";
import { disputeBounty } from "../bounties/dispute-bounty";
import { resolveDispute } from "../bounties/resolve-dispute";
import { admin, later, setEra, submitted } from "../bounties/test-helpers";
import { setupTestDatabase } from "../testing/test-database";

setupTestDatabase();
setEra("2042-02-02T12:00:00Z");

// The migration's backfill statement, run again on bounty disputes as the old code left them
// (dispute columns on Bounty, no Dispute row).
const migration = readFileSync(path.join(process.cwd(), "prisma/migrations/20261202171311_disputes/migration.sql"), "utf8");
const backfill = migration.slice(migration.indexOf("INSERT INTO \"Dispute\""));

describe("the migration's backfill of bounty disputes", () => {
  it("turns each bounty's dispute columns into a Dispute row: open ones escalated, decided ones resolved", async () => {
    const open = await submitted();
    await disputeBounty({ actor: open.poster, bountyId: open.bountyId, reason: "The paint is patchy everywhere.", now: later(2) });
    const decided = await submitted();
    await disputeBounty({ actor: decided.provider, bountyId: decided.bountyId, reason: "The poster will not answer me.", now: later(2) });
    await resolveDispute({ actor: await admin(), bountyId: decided.bountyId, outcome: "partial_refund", refundAmount: 3_000 });
    await db.dispute.deleteMany({ where: { bountyId: { in: [open.bountyId, decided.bountyId] } } });

    // Limited to this test's bounties: other files' bounties (a shared PostgreSQL) have their rows.
    const ids = [open.bountyId, decided.bountyId].map((id) => `'${id.replace(/[^a-z0-9]/gi, "")}'`).join(", ");
    await db.$executeRawUnsafe(backfill.replace(/;\s*$/, ` AND b."id" IN (${ids});`));
    const rows = await db.dispute.findMany({
      where: { bountyId: { in: [open.bountyId, decided.bountyId] } },
      select: { bountyId: true, status: true, openedById: true, reason: true, paidAmount: true, resolution: true, refundAmount: true },
    });
    expect(rows.find((r) => r.bountyId === open.bountyId)).toEqual({
      bountyId: open.bountyId,
      status: "ESCALATED",
      openedById: open.poster.userId,
      reason: "The paint is patchy everywhere.",
      paidAmount: 18_000,
      resolution: null,
      refundAmount: null,
    });
    expect(rows.find((r) => r.bountyId === decided.bountyId)).toMatchObject({ status: "RESOLVED", openedById: decided.provider.userId, resolution: "partial_refund", refundAmount: 3_000 });
  });
});
