import { db } from "../core/db";
import type { Actor } from "../core/auth/actor";
import { notFound } from "../core/errors";
import { meSelect, toMe } from "./dto";

export async function getMe({ actor }: { actor: Actor }) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: meSelect });
  if (!user) throw notFound("User");
  return toMe(user);
}
