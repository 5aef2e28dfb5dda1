import type { Who, World } from "./world";

/**
 * How an entry point may be used, relative to Alice's and Paula's things in the world:
 * - owned: names a victim's resource; everyone outside `owners` is refused (401/403/404) and
 *   changes nothing, and each owner gets past the check (a 2xx or a state conflict, never a
 *   refusal or an input error) — the proof that the request is well formed.
 * - admin: the same, with the admin as the only owner.
 * - self: acts on the caller's own account; an outsider's call never reads or changes a victim's
 *   data. `control` (default alice) gets past the check. `endsAccount`: only the control calls
 *   it (as a spare customer), since it would end the outsiders' accounts for the cases after it.
 * - open: any signed-in user may do it to a victim's public thing (book, bid, ask, report);
 *   anonymous is refused and `control` gets past the check.
 * - public: no session needed; the answer carries none of the victims' secrets.
 * - secret: authenticated by a token, signature or link instead of a session; the call without
 *   one is refused for everyone and changes nothing.
 * - framework: handled by a library whose own checks are tested elsewhere (`why` says where).
 */
export type Access =
  | { kind: "owned"; owners: Who[]; emptySuccess?: boolean }
  | { kind: "admin" }
  | { kind: "self"; control?: Who; endsAccount?: boolean }
  | { kind: "open"; control?: Who }
  | { kind: "public" }
  | { kind: "secret"; why: string }
  | { kind: "framework"; why: string };

export interface HttpCall {
  params?: Record<string, string | string[]>;
  query?: Record<string, string>;
  body?: unknown;
  /** Sent as multipart/form-data with the PNG in field `file`. */
  upload?: boolean;
  /** More multipart fields beside `file`. */
  fields?: Record<string, string>;
}

export interface RouteCase {
  access: Access;
  call?: (w: World, who: Who) => HttpCall;
}

export interface ActionCase {
  access: Access;
  input?: (w: World, who: Who) => unknown;
  /** For form wrappers whose signature is not `(input)`; their result may be opaque. */
  invoke?: (fn: (...args: unknown[]) => Promise<unknown>, w: World) => Promise<unknown>;
}

/** A review of the past booking as `who` would send it: the customer's rates the provider in detail. */
export function reviewOf(w: World, who: Who) {
  const details = who === "paula" ? {} : { quality: 5, punctuality: 5, communication: 5, value: 5 };
  return { bookingId: w.pastBookingId, rating: 5, text: "Again great.", ...details };
}
