"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/errors/section-error";

/** Errors of the public pages stay inside the site's header and footer, with a way back into the section. */
export default function PublicErrorPage(props: ErrorBoundaryProps) {
  return <SectionError {...props} homeHref="/" homeLabel="Go home" />;
}
