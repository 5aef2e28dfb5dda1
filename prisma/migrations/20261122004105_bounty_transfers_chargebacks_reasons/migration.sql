-- AlterTable
ALTER TABLE "Bounty" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelRequestReason" TEXT,
ADD COLUMN     "cancelledById" TEXT,
ADD COLUMN     "changeRequestReason" TEXT,
ADD COLUMN     "changeRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "disputeByChargeback" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "disputeOpenedById" TEXT;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "chargebackClosedAt" TIMESTAMPTZ(3),
ADD COLUMN     "chargebackOpenedAt" TIMESTAMPTZ(3),
ADD COLUMN     "chargebackOutcome" TEXT,
ADD COLUMN     "chargebackReason" TEXT,
ADD COLUMN     "chargebackRef" TEXT,
ADD COLUMN     "refundFailedAt" TIMESTAMPTZ(3),
ADD COLUMN     "refundFailureReason" TEXT,
ADD COLUMN     "refundFailureRef" TEXT,
ADD COLUMN     "transferRef" TEXT,
ADD COLUMN     "transferredAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "transferredAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Payout" ADD COLUMN     "failedAt" TIMESTAMPTZ(3),
ADD COLUMN     "failureCode" TEXT,
ADD COLUMN     "failureMessage" TEXT,
ADD COLUMN     "paidAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "TestModeIntent" ADD COLUMN     "destination" TEXT,
ADD COLUMN     "sourceRef" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Payment_transferRef_key" ON "Payment"("transferRef");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_chargebackRef_key" ON "Payment"("chargebackRef");

-- Backfill: the reasons and the dispute's opener lived only in the audit trail until now.
UPDATE "Bounty" b SET "changeRequestReason" = a.data->>'reason', "changeRequestedAt" = a."createdAt"
FROM (SELECT DISTINCT ON ("entityId") "entityId", data, "createdAt" FROM "AuditLog"
      WHERE "entityType" = 'Bounty' AND action = 'bounty.changes_requested.reason' ORDER BY "entityId", "createdAt" DESC) a
WHERE a."entityId" = b.id;

UPDATE "Bounty" b SET "cancelRequestReason" = a.data->>'reason'
FROM (SELECT DISTINCT ON ("entityId") "entityId", data FROM "AuditLog"
      WHERE "entityType" = 'Bounty' AND action = 'bounty.cancel_requested.reason' ORDER BY "entityId", "createdAt" DESC) a
WHERE a."entityId" = b.id;

UPDATE "Bounty" b SET "cancelledById" = a."actorId"
FROM (SELECT DISTINCT ON ("entityId") "entityId", "actorId" FROM "AuditLog"
      WHERE "entityType" = 'Bounty' AND action = 'bounty.cancelled' ORDER BY "entityId", "createdAt" DESC) a
WHERE a."entityId" = b.id AND b.status = 'CANCELLED';

UPDATE "Bounty" b SET "cancelReason" = a.data->>'reason'
FROM (SELECT DISTINCT ON ("entityId") "entityId", data FROM "AuditLog"
      WHERE "entityType" = 'Bounty' AND action = 'bounty.cancelled.reason' ORDER BY "entityId", "createdAt" DESC) a
WHERE a."entityId" = b.id AND b.status = 'CANCELLED';

UPDATE "Bounty" b SET "disputeOpenedById" = a."actorId"
FROM (SELECT DISTINCT ON ("entityId") "entityId", "actorId" FROM "AuditLog"
      WHERE "entityType" = 'Bounty' AND action = 'bounty.disputed' ORDER BY "entityId", "createdAt" DESC) a
WHERE a."entityId" = b.id AND b."disputedAt" IS NOT NULL;
