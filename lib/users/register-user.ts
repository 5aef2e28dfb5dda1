import { AppError } from "../core/errors";
import { hashPassword } from "../core/auth/password";
import { parseInput } from "../core/validation";
import { Prisma } from "../core/db";
import { transactional } from "../events/transactional";
import { recordEvent } from "../events/record-event";
import { RegisterUserInput } from "./schemas";
import { uniqueProviderSlug } from "./provider-slug";
import { meSelect, toMe } from "./dto";

/** Sign-up for customers and providers. Admins are never created through this path. */
export async function registerUser(input: RegisterUserInput) {
  const data = parseInput(RegisterUserInput, input);
  const passwordHash = await hashPassword(data.password);
  try {
    const user = await transactional(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          passwordHash,
          role: data.role === "provider" ? "PROVIDER" : "CUSTOMER",
          timeZone: data.timeZone ?? "UTC",
          ...(data.role === "provider"
            ? {
                providerProfile: {
                  create: {
                    slug: await uniqueProviderSlug(tx, data.name),
                    businessName: data.name,
                    timeZone: data.timeZone ?? "UTC",
                    city: data.city ?? "",
                  },
                },
              }
            : {}),
        },
        select: meSelect,
      });
      await recordEvent(tx, {
        type: "user.registered",
        actorId: created.id,
        entity: { type: "User", id: created.id },
        data: { userId: created.id },
      });
      return created;
    });
    return toMe(user);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists", {
        fields: { email: ["An account with this email already exists"] },
      });
    }
    throw error;
  }
}
