-- CreateEnum
CREATE TYPE "WaitlistEntryStatus" AS ENUM ('WAITING', 'BOOKED', 'LEFT');

-- CreateEnum
CREATE TYPE "SlotHoldStatus" AS ENUM ('ACTIVE', 'CLAIMED', 'EXPIRED', 'RELEASED');

-- AlterTable
ALTER TABLE "ProviderProfile" ADD COLUMN     "fillGaps" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "status" "WaitlistEntryStatus" NOT NULL DEFAULT 'WAITING',
    "localDate" TEXT NOT NULL,
    "startMinute" INTEGER,
    "endMinute" INTEGER,
    "windowStartsAt" TIMESTAMPTZ(3) NOT NULL,
    "windowEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WaitlistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlotHold" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "status" "SlotHoldStatus" NOT NULL DEFAULT 'ACTIVE',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockStartsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "offerStartsAt" TIMESTAMPTZ(3) NOT NULL,
    "offerEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "passedOnAt" TIMESTAMPTZ(3),
    "bookingId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SlotHold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WaitlistEntry_serviceId_status_createdAt_idx" ON "WaitlistEntry"("serviceId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WaitlistEntry_providerId_status_createdAt_idx" ON "WaitlistEntry"("providerId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "WaitlistEntry_customerId_status_idx" ON "WaitlistEntry"("customerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SlotHold_bookingId_key" ON "SlotHold"("bookingId");

-- CreateIndex
CREATE INDEX "SlotHold_status_expiresAt_idx" ON "SlotHold"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "SlotHold_providerId_status_idx" ON "SlotHold"("providerId", "status");

-- CreateIndex
CREATE INDEX "SlotHold_customerId_status_idx" ON "SlotHold"("customerId", "status");

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "ProviderProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotHold" ADD CONSTRAINT "SlotHold_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WaitlistEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written, as Prisma cannot express these (docs/adr/013-waitlist-holds.md). No semicolon may
-- appear inside a statement or comment: the pg adapter splits migration scripts on them, which is
-- also why the cross-table checks are SQL functions in CHECK constraints, not plpgsql triggers.

-- Two ACTIVE holds of one provider never overlap, buffers included, like Booking_no_overlap.
ALTER TABLE "SlotHold" ADD CONSTRAINT "SlotHold_no_overlap"
  EXCLUDE USING gist ("providerId" WITH =, tstzrange("blockStartsAt", "blockEndsAt", '[)') WITH &&)
  WHERE ("status" = 'ACTIVE');
ALTER TABLE "SlotHold" ADD CONSTRAINT "SlotHold_interval_valid"
  CHECK ("startsAt" < "endsAt" AND "blockStartsAt" <= "startsAt" AND "blockEndsAt" >= "endsAt");

-- Whether a provider's interval is free of ACTIVE holds, and of live bookings.
CREATE FUNCTION "slot_free_of_holds"(provider TEXT, starts TIMESTAMPTZ, ends TIMESTAMPTZ) RETURNS BOOLEAN
  LANGUAGE sql STABLE AS
  'SELECT NOT EXISTS (SELECT 1 FROM "SlotHold" h WHERE h."providerId" = provider AND h."status" = ''ACTIVE''
     AND tstzrange(h."blockStartsAt", h."blockEndsAt", ''[)'') && tstzrange(starts, ends, ''[)''))';
CREATE FUNCTION "slot_free_of_bookings"(provider TEXT, starts TIMESTAMPTZ, ends TIMESTAMPTZ) RETURNS BOOLEAN
  LANGUAGE sql STABLE AS
  'SELECT NOT EXISTS (SELECT 1 FROM "Booking" b WHERE b."providerId" = provider AND b."status" IN (''REQUESTED'', ''CONFIRMED'')
     AND tstzrange(b."blockStartsAt", b."blockEndsAt", ''[)'') && tstzrange(starts, ends, ''[)''))';

-- A live booking may not take time an ACTIVE hold keeps for a waitlisted customer: the holder's own
-- booking marks the hold CLAIMED first, in the same transaction. A lapsed hold still ACTIVE blocks
-- here until the use case (under the calendar lock) or the scheduler marks it EXPIRED, so the
-- database errs on the held customer's side. The name contains Booking_no_overlap, so callers
-- answer SLOT_TAKEN as for an overlapping booking.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap_with_holds"
  CHECK ("status" NOT IN ('REQUESTED', 'CONFIRMED') OR "slot_free_of_holds"("providerId", "blockStartsAt", "blockEndsAt"));
-- And the other way: a hold is never placed over a live booking.
ALTER TABLE "SlotHold" ADD CONSTRAINT "SlotHold_no_overlap_with_bookings"
  CHECK ("status" <> 'ACTIVE' OR "slot_free_of_bookings"("providerId", "blockStartsAt", "blockEndsAt"));
