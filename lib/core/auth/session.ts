import { getServerSession } from "next-auth/next";
import { authOptions } from "./options";
import { loadActor } from "../../users/load-actor";
import type { Actor } from "./actor";
import { unauthenticated } from "../errors";

/** The signed-in actor for this request, or null. For route handlers, server actions and pages. */
export async function getCurrentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  return userId ? loadActor(userId) : null;
}

export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw unauthenticated();
  return actor;
}
