"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/errors/section-error";

/** Errors of the admin pages stay inside the site's header and footer, with a way back into the section. */
export default function AdminErrorPage(props: ErrorBoundaryProps) {
  return <SectionError {...props} homeHref="/admin/disputes" homeLabel="Admin" />;
}
