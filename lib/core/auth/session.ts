import { getServerSession } from "next-auth/next";
import { sessionOptions } from "./options";
import { loadActor } from "./load-actor";
import type { Actor } from "./actor";
import { unauthenticated } from "../errors";

/** The signed-in actor for this request, or null. For route handlers, server actions and pages. */
export async function getCurrentActor(): Promise<Actor | null> {
  const session = await getServerSession(sessionOptions);
  const user = session?.user as { id?: string; sv?: number } | undefined;
  // Tokens from before session versions existed carry none: they match the initial version 0.
  return user?.id ? loadActor(user.id, { sessionVersion: user.sv ?? 0 }) : null;
}

export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw unauthenticated();
  return actor;
}
