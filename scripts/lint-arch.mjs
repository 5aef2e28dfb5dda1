#!/usr/bin/env node
/**
 * npm run lint:arch — the layering lint (rules in .dependency-cruiser.cjs, floors in docs/architecture.md).
 *
 * Fails on any violation not in .dependency-cruiser-known-violations.json, and lists baseline entries
 * that no longer occur so they can be deleted (the baseline only shrinks). `--write-baseline` rewrites
 * the file from the current violations; use it only to record a removal, never to accept a new arrow.
 *
 * Calls dependency-cruiser's API rather than its CLI: the CLI refuses to start on Node 20 (it checks
 * for ^22), while the API runs fine on the Node this project supports (package.json engines).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cruise } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const config = createRequire(import.meta.url)(path.join(root, ".dependency-cruiser.cjs"));
const BASELINE = ".dependency-cruiser-known-violations.json";
const SCANNED = ["lib", "app", "components", "prisma", "scripts", "instrumentation.ts", "middleware.ts"];

const result = await cruise(
  SCANNED,
  { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } },
  undefined,
  { tsConfig: extractTSConfig(config.options.tsConfig.fileName) },
);

const key = (v) => `${v.rule.name}  ${v.from} → ${v.to}`;
const current = result.output.summary.violations
  .filter((v) => v.rule.severity === "error")
  .map((v) => ({ type: v.type, from: v.from, to: v.to, rule: { severity: v.rule.severity, name: v.rule.name } }))
  .sort((a, b) => key(a).localeCompare(key(b)));

if (process.argv.includes("--write-baseline")) {
  writeFileSync(BASELINE, `${JSON.stringify(current, null, 2)}\n`);
  console.log(`lint:arch: wrote ${current.length} known violations to ${BASELINE}`);
  process.exit(0);
}

const known = JSON.parse(readFileSync(BASELINE, "utf8"));
const knownKeys = new Set(known.map(key));
const currentKeys = new Set(current.map(key));
const added = current.filter((v) => !knownKeys.has(key(v)));
const gone = known.filter((v) => !currentKeys.has(key(v)));

const rules = new Map(config.forbidden.map((r) => [r.name, r.comment]));
if (gone.length) {
  console.log(`lint:arch: ${gone.length} known violation(s) no longer occur; delete them from ${BASELINE}:`);
  for (const v of gone) console.log(`  ${key(v)}`);
}
if (added.length) {
  console.error(`lint:arch: ${added.length} new layering violation(s):`);
  for (const name of new Set(added.map((v) => v.rule.name))) {
    console.error(`\n  ${name}: ${rules.get(name)}`);
    for (const v of added.filter((a) => a.rule.name === name)) console.error(`    ${v.from} → ${v.to}`);
  }
  console.error(`\nFix the import (see docs/architecture.md, "Floors"). ${BASELINE} is for scheduled work, not for new arrows.`);
  process.exit(1);
}
const modules = result.output.summary.totalCruised;
console.log(`lint:arch: ${modules} modules, no new violations (${current.length} known, listed in ${BASELINE})`);
