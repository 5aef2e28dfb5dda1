import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");
const buildStamp = path.join(process.cwd(), ".next", "hearth-source-revision");

/**
 * HEAD plus a hash of uncommitted changes, new untracked files included: a build is reused only
 * for exactly these sources.
 */
function sourceRevision(): string {
  const git = (...args: string[]) => spawnSync("git", args, { encoding: "utf8" }).stdout ?? "";
  const hash = createHash("sha1").update(git("diff", "HEAD"));
  for (const file of git("ls-files", "--others", "--exclude-standard").split("\n").filter(Boolean).sort()) {
    hash.update(file).update(existsSync(file) ? readFileSync(file) : "");
  }
  return `${git("rev-parse", "HEAD").trim()}:${hash.digest("hex")}`;
}

export function build(): void {
  const revision = sourceRevision();
  const result = spawnSync(nextBin, ["build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(buildStamp, revision);
}

export function buildIfNeeded(): void {
  const built = existsSync(path.join(process.cwd(), ".next", "BUILD_ID"));
  if (built && existsSync(buildStamp) && readFileSync(buildStamp, "utf8") === sourceRevision()) return;
  console.log("[start] building the app (next build)…");
  build();
}
