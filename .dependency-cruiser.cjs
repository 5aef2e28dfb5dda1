/**
 * The floors of Hearth, as dependency-cruiser rules (docs/architecture.md draws them):
 *
 *   app → components → domain (lib/<domain>) → payments / outbox (lib/events) → core / adapters
 *
 * An arrow may only point down. Run by `npm run lint:arch` (scripts/lint-arch.mjs), which is part of
 * `npm run lint` and so of .ci/run. Known violations that are scheduled work, not accidents, are in
 * .dependency-cruiser-known-violations.json: any new one fails, a fixed one is reported for removal.
 *
 * Tests sit above every floor: a test (and the test support it uses) may import what it checks,
 * wherever it lives, and reuse the seed's scenario builders (house style, rule 11). So most rules
 * look only at production modules.
 */
const TESTS = "\\.test\\.tsx?$|(^|/)testing/|test-(fixtures|helpers|support)\\.ts$";

module.exports = {
  forbidden: [
    {
      name: "core-is-the-floor",
      comment:
        "lib/core (env, db, errors, logger, auth session, http and action wrappers, metrics) imports no other lib " +
        "folder, nor app/components/prisma/scripts: everything else builds on it. Boot code lives in lib/boot.",
      severity: "error",
      from: { path: "^lib/core/", pathNot: TESTS },
      to: { path: "^(lib/(?!core/|generated/)|app/|components/|prisma/|scripts/)" },
    },
    {
      name: "outbox-core-knows-no-domain",
      comment:
        "lib/events is the outbox machinery (record, transactional, dispatch, deliver, claim, retry, poller, " +
        "wiring). Handlers live in the domain that does the work and are registered by lib/subscriptions.ts.",
      severity: "error",
      from: { path: "^lib/events/", pathNot: TESTS },
      to: { path: "^(lib/(?!events/|core/|adapters/|generated/)|app/|components/|prisma/)" },
    },
    {
      name: "only-boot-wires-the-outbox",
      comment:
        "lib/subscriptions.ts imports every domain's handlers; only boot code (lib/boot), test support and " +
        "scripts load it, so no domain or outbox module can come to depend on all the others.",
      severity: "error",
      from: { path: "^lib/", pathNot: `^lib/boot/|${TESTS}` },
      to: { path: "^lib/subscriptions\\.ts$" },
    },
    {
      name: "payments-is-the-money-floor",
      comment:
        "No two-way folder pairs among bookings, bounties, payments and payouts: payments is below the other " +
        "three (they call its authorize/capture/void/refund/transfer API; it never imports them). Issue #14 point 2.",
      severity: "error",
      from: { path: "^lib/payments/", pathNot: TESTS },
      to: { path: "^lib/(bookings|bounties|payouts)/" },
    },
    {
      name: "money-domains-are-peers",
      comment:
        "bookings, bounties and payouts do not import one another (each reaches money through lib/payments), " +
        "so no pair among them can become two-way.",
      severity: "error",
      from: { path: "^lib/(bookings|bounties|payouts)/", pathNot: TESTS },
      to: { path: "^lib/(bookings|bounties|payouts)/", pathNot: "^lib/$1/" },
    },
    {
      name: "lib-not-app",
      comment:
        "lib/ is below app/ and components/, its tests and test support included: a harness that serves route " +
        "files lives beside them in app/ (app/api/stream/_testing/ stands in for an app instance).",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "lib-not-seed",
      comment: "Product code never imports prisma/seed (demo data and scenario builders); tests may reuse the builders.",
      severity: "error",
      from: { path: "^lib/", pathNot: TESTS },
      to: { path: "^prisma/seed/" },
    },
    {
      name: "services-not-next",
      comment:
        "Services never import next/* (house style, rule 3): redirects, cookies and revalidation belong to actions " +
        "and routes. lib/core/action.ts is the server-action wrapper itself and reads the request id from next/headers.",
      severity: "error",
      from: { path: "^lib/", pathNot: `^lib/core/action\\.ts$|${TESTS}` },
      to: { path: "^node_modules/next/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/generated|\\.next|\\.data)/" },
    // Type-only imports count: an interface imported upward couples the floors as much as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
