"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/errors/section-error";

/** Errors of the dashboard pages stay inside the site's header and footer, with a way back into the section. */
export default function DashboardErrorPage(props: ErrorBoundaryProps) {
  return <SectionError {...props} homeHref="/dashboard" homeLabel="Dashboard" />;
}
