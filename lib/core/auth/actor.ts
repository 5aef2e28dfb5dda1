import type { Role } from "../../generated/prisma/enums";

/** Who is acting. Every use case receives one and checks it in its domain's policies. */
export interface Actor {
  userId: string;
  role: Role;
  isSuperAdmin: boolean;
  /** ProviderProfile id, for providers. */
  providerId: string | null;
}

export const systemActor: Actor = { userId: "system", role: "ADMIN", isSuperAdmin: false, providerId: null };
