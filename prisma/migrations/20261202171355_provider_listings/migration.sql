-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "rescheduleFeeAmount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ProviderProfile" ADD COLUMN     "galleryKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "headline" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "photoKey" TEXT,
ADD COLUMN     "serviceRadiusKm" INTEGER;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "depositAmount" INTEGER,
ADD COLUMN     "rescheduleCutoffHours" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rescheduleFeePercent" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rescheduleFeeWithinHours" INTEGER NOT NULL DEFAULT 0;
