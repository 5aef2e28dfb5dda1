-- CreateEnum
CREATE TYPE "RiskSubjectKind" AS ENUM ('BOOKING', 'BOUNTY', 'PAYOUT');

-- CreateEnum
CREATE TYPE "RiskDecision" AS ENUM ('ALLOW', 'HOLD');

-- CreateEnum
CREATE TYPE "RiskReviewStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterEnum
ALTER TYPE "BountyStatus" ADD VALUE 'UNDER_REVIEW';

-- CreateTable
CREATE TABLE "RiskAssessment" (
    "id" TEXT NOT NULL,
    "subjectKind" "RiskSubjectKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "signals" JSONB NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "decision" "RiskDecision" NOT NULL,
    "reviewStatus" "RiskReviewStatus",
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskAssessment_reviewStatus_createdAt_idx" ON "RiskAssessment"("reviewStatus", "createdAt");

-- CreateIndex
CREATE INDEX "RiskAssessment_userId_createdAt_idx" ON "RiskAssessment"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RiskAssessment_subjectKind_subjectId_key" ON "RiskAssessment"("subjectKind", "subjectId");

-- CreateIndex
CREATE INDEX "Booking_customerId_createdAt_idx" ON "Booking"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Bounty_posterId_createdAt_idx" ON "Bounty"("posterId", "createdAt");

-- CreateIndex
CREATE INDEX "Dispute_openedById_createdAt_idx" ON "Dispute"("openedById", "createdAt");

-- CreateIndex
CREATE INDEX "Dispute_respondentId_createdAt_idx" ON "Dispute"("respondentId", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_customerId_status_idx" ON "Payment"("customerId", "status");

-- CreateIndex
CREATE INDEX "Payment_providerId_chargebackOpenedAt_idx" ON "Payment"("providerId", "chargebackOpenedAt");

-- CreateIndex
CREATE INDEX "Payout_providerId_status_idx" ON "Payout"("providerId", "status");
