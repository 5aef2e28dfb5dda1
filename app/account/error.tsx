"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/errors/section-error";

/** Errors of the account pages stay inside the site's header and footer, with a way back into the section. */
export default function AccountErrorPage(props: ErrorBoundaryProps) {
  return <SectionError {...props} homeHref="/account/bookings" homeLabel="My bookings" />;
}
