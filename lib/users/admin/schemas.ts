import { z } from "zod";

export const USER_ROLES = ["CUSTOMER", "PROVIDER", "ADMIN"] as const;
export const USER_STATUSES = ["all", "active", "suspended"] as const;

/** The reason is kept in the audit log: the next person on support reads why. */
const Reason = z.string().trim().min(5, "Give a reason (at least 5 characters)").max(500, "Keep the reason under 500 characters");
const UserId = z.string().trim().min(1, "Choose a user").max(64);

export const SearchUsersQuery = z.object({
  q: z.string().trim().max(200).optional().transform((v) => v || undefined),
  role: z.enum(USER_ROLES).optional(),
  status: z.enum(USER_STATUSES).default("all"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type SearchUsersQuery = z.input<typeof SearchUsersQuery>;

export const SuspendUserInput = z.object({ userId: UserId, reason: Reason });
export type SuspendUserInput = z.input<typeof SuspendUserInput>;

export const UnsuspendUserInput = z.object({ userId: UserId, reason: Reason });
export type UnsuspendUserInput = z.input<typeof UnsuspendUserInput>;

export const ChangeUserRoleInput = z.object({ userId: UserId, role: z.enum(USER_ROLES, { message: "Choose a role" }), reason: Reason });
export type ChangeUserRoleInput = z.input<typeof ChangeUserRoleInput>;
