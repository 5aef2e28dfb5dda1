"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/errors/section-error";

/** Server errors arrive with a generic message and a digest that matches the server log line. */
export default function ErrorPage(props: ErrorBoundaryProps) {
  return <SectionError {...props} />;
}
