-- Stored full-text documents (docs/adr/012-provider-search.md): generated columns, so every write
-- path (Prisma, raw SQL, the scale seed) keeps them current, and ranking reads the stored tsvector
-- instead of re-parsing each matched row. They replace the expression indexes of provider_search.
ALTER TABLE "ProviderProfile" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', "businessName" || ' ' || "headline" || ' ' || "bio")) STORED;
ALTER TABLE "Service" ADD COLUMN "searchDocument" tsvector
  GENERATED ALWAYS AS (to_tsvector('english', "name" || ' ' || "description")) STORED;
DROP INDEX "ProviderProfile_search_fts";
DROP INDEX "Service_search_fts";

-- DropIndex
DROP INDEX "ProviderProfile_lat_lng_idx";

-- DropIndex
DROP INDEX "Service_categoryId_idx";

-- CreateIndex
CREATE INDEX "ProviderProfile_searchDocument_idx" ON "ProviderProfile" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "ProviderProfile_lat_lng_serviceRadiusKm_id_idx" ON "ProviderProfile"("lat", "lng", "serviceRadiusKm", "id");

-- CreateIndex
CREATE INDEX "Service_categoryId_active_archivedAt_providerId_idx" ON "Service"("categoryId", "active", "archivedAt", "providerId");

-- CreateIndex
CREATE INDEX "Service_searchDocument_idx" ON "Service" USING GIN ("searchDocument");

