import { randomBytes } from "node:crypto";
import type { Tx } from "../core/db";

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "provider"
  );
}

/** Path segments that sit beside /providers/[slug] and /api/providers/[slug]. */
const RESERVED_SLUGS = new Set(["me", "new", "search", "api"]);

/** A readable slug; a short random suffix only when the plain one is taken or reserved. */
export async function uniqueProviderSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = RESERVED_SLUGS.has(base) || (await tx.providerProfile.findUnique({ where: { slug: base }, select: { id: true } }));
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}
