import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/core/auth/password";
import type { Db, Tx } from "../../lib/core/db";
import type { Role } from "../../lib/generated/prisma/enums";

export interface CreateUserOptions {
  email?: string;
  name?: string;
  role?: Role;
  isSuperAdmin?: boolean;
  timeZone?: string;
  /** Hashed here with argon2id (slow by design): prefer `passwordHash` when creating many users. */
  password?: string;
  passwordHash?: string;
  createdAt?: Date;
  /** Seeded and test users are verified unless this is false (the unverified path of sign-up). */
  emailVerified?: boolean;
}

/** The columns builders hand back: never the password hash. */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isSuperAdmin: true,
  timeZone: true,
} as const;

export interface SeededUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  isSuperAdmin: boolean;
  timeZone: string;
}

/** A short random token, for emails and slugs that must not collide across parallel test files. */
export function uniqueToken(): string {
  return randomUUID().replace(/-/g, "").slice(0, 12);
}

export async function userPasswordHash(options: Pick<CreateUserOptions, "password" | "passwordHash">): Promise<string> {
  if (options.passwordHash) return options.passwordHash;
  return hashPassword(options.password ?? `unusable-${randomUUID()}`);
}

/** The `data` of a user row, shared by createUser and createProvider's nested create. */
export async function userData(options: CreateUserOptions, defaultRole: Role) {
  const token = uniqueToken();
  return {
    email: (options.email ?? `user-${token}@example.test`).toLowerCase(),
    name: options.name ?? `Test User ${token.slice(0, 4)}`,
    role: options.role ?? defaultRole,
    isSuperAdmin: options.isSuperAdmin ?? false,
    timeZone: options.timeZone ?? "UTC",
    passwordHash: await userPasswordHash(options),
    createdAt: options.createdAt,
    emailVerifiedAt: options.emailVerified === false ? null : (options.createdAt ?? new Date()),
  };
}

export async function createUser(client: Db | Tx, options: CreateUserOptions = {}): Promise<SeededUser> {
  return client.user.create({ data: await userData(options, "CUSTOMER"), select: userSelect });
}
