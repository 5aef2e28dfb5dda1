-- One report table for every kind of content (issue #10). ReviewReport's rows are carried over
-- as REVIEW reports (targetId = reviewId) before the old table goes.

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('REVIEW', 'MESSAGE', 'BOUNTY', 'PROVIDER_PROFILE');

-- AlterTable
ALTER TABLE "Bounty" ADD COLUMN     "hiddenAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "hiddenAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ProviderProfile" ADD COLUMN     "hiddenAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ContentReport" (
    "id" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "targetId" TEXT NOT NULL,
    "reviewId" TEXT,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedBy" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolutionNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentReport_pkey" PRIMARY KEY ("id")
);

-- Carry the review reports over, ids and all.
INSERT INTO "ContentReport" ("id", "kind", "targetId", "reviewId", "reporterId", "reason", "status", "resolvedBy", "resolvedAt", "createdAt")
SELECT "id", 'REVIEW', "reviewId", "reviewId", "reporterId", "reason", "status", "resolvedBy", "resolvedAt", "createdAt"
FROM "ReviewReport";

-- DropForeignKey
ALTER TABLE "ReviewReport" DROP CONSTRAINT "ReviewReport_reporterId_fkey";

-- DropForeignKey
ALTER TABLE "ReviewReport" DROP CONSTRAINT "ReviewReport_reviewId_fkey";

-- DropTable
DROP TABLE "ReviewReport";

-- CreateIndex
CREATE INDEX "ContentReport_status_kind_createdAt_idx" ON "ContentReport"("status", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "ContentReport_reviewId_idx" ON "ContentReport"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentReport_kind_targetId_reporterId_key" ON "ContentReport"("kind", "targetId", "reporterId");

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentReport" ADD CONSTRAINT "ContentReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
