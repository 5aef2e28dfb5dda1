// npm run db:seed: migrates (so a fresh .data works), seeds the demo marketplace once, prints what it did.
import { databaseFactory, databaseKind, db, disconnectDb } from "../../lib/core/db";
import { applyMigrations } from "../../lib/core/db/migrations";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../../prisma/seed/demo";

async function main() {
  const applied = await applyMigrations(databaseFactory());
  console.log(`${databaseKind()}: ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}`);

  const summary = await seedDemo(db);
  if (!summary.created) {
    console.log(`already seeded: nothing to do (${summary.ms} ms)`);
    return;
  }
  console.log(
    `seeded in ${summary.ms} ms: ${summary.categories} categories, ${summary.users} users, ` +
      `${summary.providers} providers in ${summary.cities.join(", ")}, ${summary.services} services, ` +
      `${summary.bookings} past bookings with reviews`,
  );
  const accounts = Object.values(DEMO_ACCOUNTS).map((a) => `${a.email} (${a.role.toLowerCase()})`);
  console.log(`demo accounts, password "${DEMO_PASSWORD}": ${accounts.join(", ")}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  // PGlite keeps the process alive until it is closed, even after a failure.
  .finally(disconnectDb);
