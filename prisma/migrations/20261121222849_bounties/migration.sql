-- AlterTable
ALTER TABLE "Bounty" ADD COLUMN     "autoReleaseAt" TIMESTAMPTZ(3),
ADD COLUMN     "cancelRequestedById" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3),
ADD COLUMN     "disputeReason" TEXT,
ADD COLUMN     "disputeResolution" TEXT,
ADD COLUMN     "disputedAt" TIMESTAMPTZ(3),
ADD COLUMN     "expiryReminderSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "releasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "submissionNotes" TEXT,
ADD COLUMN     "submissionPhotoKeys" TEXT[];

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "counteredAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Bounty_status_autoReleaseAt_idx" ON "Bounty"("status", "autoReleaseAt");
