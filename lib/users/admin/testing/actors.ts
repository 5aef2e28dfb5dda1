// Test support for the admin console tests (not a test file itself): one actor of each kind.
import type { Actor } from "../../../core/auth/actor";
import { makeAdmin, makeCustomer, makeProvider } from "../../../testing/factories";

export async function customerActor(): Promise<Actor> {
  const user = await makeCustomer();
  return { userId: user.id, role: "CUSTOMER", isSuperAdmin: false, providerId: null };
}

export async function providerActor(): Promise<Actor & { providerId: string; slug: string }> {
  const provider = await makeProvider();
  return { userId: provider.userId, role: "PROVIDER", isSuperAdmin: false, providerId: provider.id, slug: provider.slug };
}

export async function adminActor(): Promise<Actor> {
  const user = await makeAdmin();
  return { userId: user.id, role: "ADMIN", isSuperAdmin: false, providerId: null };
}

export async function superAdminActor(): Promise<Actor> {
  const user = await makeAdmin({ isSuperAdmin: true, name: "Test Super Admin" });
  return { userId: user.id, role: "ADMIN", isSuperAdmin: true, providerId: null };
}

/** The error a promise rejected with (failing the test if it resolved). */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string; details?: unknown }> {
  return promise.then(
    () => {
      throw new Error("expected the promise to reject");
    },
    (error: { code: string; message: string; details?: unknown }) => error,
  );
}
