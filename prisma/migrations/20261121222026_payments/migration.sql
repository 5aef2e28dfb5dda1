-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PaymentStatus" ADD VALUE 'PENDING';
ALTER TYPE "PaymentStatus" ADD VALUE 'CARD_SAVED';

-- AlterTable
ALTER TABLE "LedgerTransaction" ADD COLUMN     "key" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "authorizationExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "authorizedAt" TIMESTAMPTZ(3),
ADD COLUMN     "capturedAt" TIMESTAMPTZ(3),
ADD COLUMN     "clientSecret" TEXT,
ADD COLUMN     "failureCode" TEXT,
ADD COLUMN     "offSessionAttemptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "paymentMethodRef" TEXT,
ADD COLUMN     "pendingBooking" JSONB,
ADD COLUMN     "setupIntentRef" TEXT;

-- AlterTable
ALTER TABLE "ProviderProfile" ADD COLUMN     "detailsSubmitted" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "stripeCustomerId" TEXT;

-- CreateTable
CREATE TABLE "Payout" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" TEXT NOT NULL,
    "processorRef" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Payout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestModeIntent" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'usd',
    "status" TEXT NOT NULL,
    "cardLast4" TEXT NOT NULL,
    "capturedAmount" INTEGER NOT NULL DEFAULT 0,
    "refundedAmount" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TestModeIntent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Payout_processorRef_key" ON "Payout"("processorRef");

-- CreateIndex
CREATE INDEX "Payout_providerId_createdAt_idx" ON "Payout"("providerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TestModeIntent_idempotencyKey_key" ON "TestModeIntent"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerTransaction_key_key" ON "LedgerTransaction"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_setupIntentRef_key" ON "Payment"("setupIntentRef");

-- CreateIndex
CREATE UNIQUE INDEX "User_stripeCustomerId_key" ON "User"("stripeCustomerId");

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "ProviderProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
