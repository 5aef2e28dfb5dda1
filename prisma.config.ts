import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this file; migrations run through scripts/db (see docs/adr/002).
export default defineConfig({
  schema: "prisma/schema.prisma",
});
