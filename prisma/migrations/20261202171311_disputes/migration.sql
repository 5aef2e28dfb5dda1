-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('AWAITING_RESPONSE', 'OPEN', 'ESCALATED', 'RESOLVED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DisputeProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Dispute" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT,
    "bountyId" TEXT,
    "status" "DisputeStatus" NOT NULL DEFAULT 'AWAITING_RESPONSE',
    "openedById" TEXT,
    "byChargeback" BOOLEAN NOT NULL DEFAULT false,
    "respondentId" TEXT,
    "reason" TEXT NOT NULL,
    "paidAmount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "responseDueAt" TIMESTAMPTZ(3),
    "respondedAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "resolution" TEXT,
    "refundAmount" INTEGER,
    "releasedAmount" INTEGER,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeMessage" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeEvidence" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeProposal" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "refundAmount" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "DisputeProposalStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Dispute_bookingId_idx" ON "Dispute"("bookingId");

-- CreateIndex
CREATE INDEX "Dispute_bountyId_idx" ON "Dispute"("bountyId");

-- CreateIndex
CREATE INDEX "Dispute_status_responseDueAt_idx" ON "Dispute"("status", "responseDueAt");

-- CreateIndex
CREATE INDEX "DisputeMessage_disputeId_createdAt_idx" ON "DisputeMessage"("disputeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DisputeEvidence_storageKey_key" ON "DisputeEvidence"("storageKey");

-- CreateIndex
CREATE INDEX "DisputeEvidence_disputeId_createdAt_idx" ON "DisputeEvidence"("disputeId", "createdAt");

-- CreateIndex
CREATE INDEX "DisputeProposal_disputeId_createdAt_idx" ON "DisputeProposal"("disputeId", "createdAt");

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_bountyId_fkey" FOREIGN KEY ("bountyId") REFERENCES "Bounty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeMessage" ADD CONSTRAINT "DisputeMessage_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeEvidence" ADD CONSTRAINT "DisputeEvidence_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeProposal" ADD CONSTRAINT "DisputeProposal_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A dispute is about exactly one subject, and a subject has at most one dispute not yet closed.
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_one_subject" CHECK (("bookingId" IS NULL) <> ("bountyId" IS NULL));
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_amounts" CHECK ("paidAmount" >= 0 AND ("refundAmount" IS NULL OR ("refundAmount" >= 0 AND "refundAmount" <= "paidAmount")));
ALTER TABLE "DisputeProposal" ADD CONSTRAINT "DisputeProposal_amount" CHECK ("refundAmount" >= 0);
CREATE UNIQUE INDEX "Dispute_open_booking" ON "Dispute"("bookingId") WHERE "status" IN ('AWAITING_RESPONSE', 'OPEN', 'ESCALATED');
CREATE UNIQUE INDEX "Dispute_open_bounty" ON "Dispute"("bountyId") WHERE "status" IN ('AWAITING_RESPONSE', 'OPEN', 'ESCALATED');
-- One pending proposal per side of a dispute at a time.
CREATE UNIQUE INDEX "DisputeProposal_one_pending" ON "DisputeProposal"("disputeId", "proposedById") WHERE "status" = 'PENDING';

-- Backfill: every bounty dispute recorded on Bounty becomes a Dispute row. Open ones were in the
-- admin queue already (a bounty dispute went straight to support), hence ESCALATED.
INSERT INTO "Dispute" ("id", "bountyId", "status", "openedById", "byChargeback", "reason", "paidAmount", "currency",
                       "escalatedAt", "resolution", "refundAmount", "resolvedAt", "createdAt", "updatedAt")
SELECT 'dsp_' || b."id", b."id",
       (CASE WHEN b."status" = 'DISPUTED' THEN 'ESCALATED' ELSE 'RESOLVED' END)::"DisputeStatus",
       b."disputeOpenedById", b."disputeByChargeback", COALESCE(b."disputeReason", ''),
       COALESCE(p."capturedAmount", p."amount", 0), b."currency",
       b."disputedAt", b."disputeResolution",
       CASE WHEN b."status" = 'DISPUTED' THEN NULL ELSE LEAST(COALESCE(p."refundedAmount", 0), COALESCE(p."capturedAmount", p."amount", 0)) END,
       CASE WHEN b."status" = 'DISPUTED' THEN NULL ELSE b."updatedAt" END,
       b."disputedAt", b."updatedAt"
FROM "Bounty" b LEFT JOIN "Payment" p ON p."bountyId" = b."id"
WHERE b."disputedAt" IS NOT NULL;
