import { requirePageActor } from "@/components/auth/require-page-actor";
import { ProvidersOnly } from "./_components/providers-only";

/**
 * The provider gate for every dashboard page, once: signed out goes to sign-in (middleware.ts has
 * usually sent them there already, with the exact page to come back to), anyone who is not a
 * provider sees the "dashboard is for providers" notice. The pages only load their data, and every
 * use case they call authorizes again (a layout is no security boundary on its own).
 */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("/dashboard");
  if (actor.role !== "PROVIDER" || !actor.providerId) return <ProvidersOnly />;
  return children;
}
