import type { Prisma } from "../core/db";

export const meSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  timeZone: true,
  emailVerifiedAt: true,
  pendingEmail: true,
  providerProfile: { select: { slug: true } },
} satisfies Prisma.UserSelect;

export type MeRow = Prisma.UserGetPayload<{ select: typeof meSelect }>;

export function toMe(user: MeRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role.toLowerCase() as "customer" | "provider" | "admin",
    timeZone: user.timeZone,
    emailVerified: user.emailVerifiedAt !== null,
    /** A new address awaiting its verification link. */
    pendingEmail: user.pendingEmail,
    ...(user.providerProfile ? { providerSlug: user.providerProfile.slug } : {}),
  };
}
