import type { Prisma } from "../../core/db";

/** A row of the admin user list: who, what role, whether the account is usable. */
export const adminUserRowSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isSuperAdmin: true,
  disabledAt: true,
  deletedAt: true,
  emailVerifiedAt: true,
  createdAt: true,
  providerProfile: { select: { id: true, slug: true, businessName: true } },
} satisfies Prisma.UserSelect;

type AdminUserRow = Prisma.UserGetPayload<{ select: typeof adminUserRowSelect }>;

export type AccountStatus = "active" | "suspended" | "deleted";

/** Deleting an account also sets disabledAt; only a disabled account that still exists is "suspended". */
export function accountStatus(user: { disabledAt: Date | null; deletedAt: Date | null }): AccountStatus {
  if (user.deletedAt) return "deleted";
  return user.disabledAt ? "suspended" : "active";
}

export function toAdminUserRow(user: AdminUserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    isSuperAdmin: user.isSuperAdmin,
    status: accountStatus(user),
    suspendedAt: user.deletedAt ? null : (user.disabledAt?.toISOString() ?? null),
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
    provider: user.providerProfile,
  };
}
export type AdminUserRowDto = ReturnType<typeof toAdminUserRow>;
