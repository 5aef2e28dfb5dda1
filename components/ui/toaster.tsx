"use client";

import { Toaster as Sonner } from "sonner";

/** The app's one toast outlet (root layout); toasts come from toastResult() or sonner's toast(). */
export function Toaster() {
  return <Sonner position="top-right" richColors closeButton duration={5_000} toastOptions={{ className: "font-sans" }} />;
}
