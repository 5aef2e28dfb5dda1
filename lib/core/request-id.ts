/**
 * Request ids, shared by middleware.ts (Edge runtime: no node: imports here) and route().
 *
 * An incoming `x-request-id` (a load balancer's or a client's trace id) is honoured only when it
 * looks like an id: anything else would let a caller write arbitrary text into our logs and
 * response headers.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const REQUEST_ID_HEADER = "x-request-id";

export function isSaneRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && SANE_REQUEST_ID.test(value);
}

/** The incoming id when it is sane, else a fresh UUID. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  return isSaneRequestId(incoming) ? incoming : globalThis.crypto.randomUUID();
}
