"use client";

import { usePathname } from "next/navigation";
import { useLayoutEffect, useRef } from "react";

/**
 * After a client-side navigation the link that was followed is gone, focus falls back to <body>
 * (Next leaves focus alone on navigation) and a keyboard user's next Tab starts from nowhere.
 * Focus moves to the new page's main landmark instead, so Tab continues into the page; focus
 * the page placed itself (an autofocused field, a dialog) is left alone.
 */
export function RouteFocus({ targetId }: { targetId: string }) {
  const pathname = usePathname();
  const previous = useRef(pathname);
  // A layout effect: focus moves in the commit that shows the new page, before a fast Tab can
  // land on whatever follows the removed link.
  useLayoutEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const target = document.getElementById(targetId);
    if (!target) return;
    // Focusable only for this move, so mouse clicks on the page's text don't focus the landmark.
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
      target.addEventListener("blur", () => target.removeAttribute("tabindex"), { once: true });
    }
    target.focus({ preventScroll: true });
  }, [pathname, targetId]);
  return null;
}
