-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "region" TEXT NOT NULL DEFAULT '',
    "country" CHAR(2) NOT NULL,
    "postalCode" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Place_nameKey_idx" ON "Place"("nameKey");

-- CreateIndex
CREATE INDEX "Place_postalCode_idx" ON "Place"("postalCode");

-- CreateIndex
CREATE INDEX "ProviderProfile_lat_lng_idx" ON "ProviderProfile"("lat", "lng");

-- CreateIndex
CREATE INDEX "Service_name_trgm" ON "Service" USING GIN ("name" gin_trgm_ops);

-- Full-text search (lib/search). Expression indexes Prisma's schema cannot spell: the search SQL
-- repeats these exact expressions so the planner uses them. 'english' stems ("cleaning" ~ "clean").
CREATE INDEX "ProviderProfile_search_fts" ON "ProviderProfile"
  USING GIN (to_tsvector('english', "businessName" || ' ' || "headline" || ' ' || "bio"));
CREATE INDEX "Service_search_fts" ON "Service"
  USING GIN (to_tsvector('english', "name" || ' ' || "description"));
