-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('BOOKING', 'BOUNTY_ESCROW', 'RESCHEDULE_FEE');

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "rescheduleCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "feeBookingId" TEXT,
ADD COLUMN     "kind" "PaymentKind" NOT NULL DEFAULT 'BOOKING',
ADD COLUMN     "rescheduleNumber" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Payment_feeBookingId_rescheduleNumber_key" ON "Payment"("feeBookingId", "rescheduleNumber");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_feeBookingId_fkey" FOREIGN KEY ("feeBookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill (hand-written): the payments that already exist are booking prices, or bounty escrows.
UPDATE "Payment" SET "kind" = 'BOUNTY_ESCROW' WHERE "bountyId" IS NOT NULL;
