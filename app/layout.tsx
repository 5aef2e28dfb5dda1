import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/users/auth-options";
import { getCurrentActor } from "@/lib/core/auth/session";
import { getMe } from "@/lib/users/get-me";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { env } from "@/lib/core/env";
import { PostHogAnalytics } from "@/components/analytics/posthog-analytics";
import { ClientErrorReporting } from "@/components/errors/client-error-reporting";
import { Toaster } from "@/components/ui/toaster";
import { AppProviders } from "./_components/app-providers";
import { SiteHeader, type HeaderUser } from "./_components/site-header";
import { RouteFocus } from "./_components/route-focus";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hearth", template: "%s · Hearth" },
  description: "Book trusted local cleaners, plumbers, tutors and more.",
  icons: { icon: "/favicon.svg" },
};

/** The header's view of the signed-in user; a stale cookie for a deleted or disabled account shows as signed out. */
async function currentHeaderUser(): Promise<HeaderUser | null> {
  const actor = await getCurrentActor();
  if (!actor) return null;
  try {
    const [me, unread] = await Promise.all([getMe({ actor }), countUnreadNotifications({ actor }).catch(() => undefined)]);
    return { name: me.name, role: actor.role, emailVerified: me.emailVerified, unreadNotifications: unread };
  } catch {
    return null;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the session makes every page request-time rendered: nothing here touches the DB at build.
  const [session, user] = await Promise.all([getServerSession(authOptions), currentHeaderUser()]);
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <AppProviders session={user ? session : null}>
          <RouteFocus targetId="main" />
          <SiteHeader user={user} />
          {/* RouteFocus focuses it after a navigation: a target, not a control, so no ring. */}
          <main id="main" className="flex-1 focus:outline-none">
            {children}
          </main>
          <footer className="border-t border-stone-200 bg-white">
            <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-stone-500 sm:px-6">
              <p>© Hearth · trusted local services</p>
              <p>
                Questions? <a className="underline hover:text-stone-700" href="mailto:help@hearth.local">help@hearth.local</a>
              </p>
            </div>
          </footer>
          <Toaster />
        </AppProviders>
        <ClientErrorReporting dsn={env.NEXT_PUBLIC_SENTRY_DSN} />
        <PostHogAnalytics apiKey={env.NEXT_PUBLIC_POSTHOG_KEY} apiHost={env.NEXT_PUBLIC_POSTHOG_HOST} />
      </body>
    </html>
  );
}
