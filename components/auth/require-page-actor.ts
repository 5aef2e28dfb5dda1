import { redirect } from "next/navigation";
import type { Actor } from "@/lib/core/auth/actor";
import { getCurrentActor } from "@/lib/core/auth/session";

/** For pages: the signed-in actor, or a redirect to sign-in that comes back to `path`. */
export async function requirePageActor(path: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}
