import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Access, HttpCall } from "./access";
import { settleDispatches } from "@/lib/events/dispatch";
import { victimDigest } from "./victim-digest";
import { signInAs } from "./session";
import { EVERYONE, VICTIMS, type Who, type World } from "./world";

const ROOT = path.resolve(__dirname, "../..");
export const ORIGIN = "http://localhost:3000";
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const REFUSED_STATUS = new Set([401, 403, 404]);
const REFUSED_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "EMAIL_NOT_VERIFIED"]);
/** Answers that say the request never reached the rule: a control that gets one proves nothing. */
const NOT_PAST_THE_CHECK = new Set([400, 401, 403, 404, 413, 415, 422, 500]);
const NOT_PAST_THE_CHECK_CODES = new Set([...REFUSED_CODES, "BAD_REQUEST", "VALIDATION_FAILED", "INTERNAL"]);

function filesUnder(dir: string, match: (file: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((file) => path.join(dir, file))
    .filter((file) => !file.includes("node_modules") && match(file))
    .sort();
}
export const routeFiles = () => filesUnder("app", (file) => path.basename(file) === "route.ts");
export const actionFiles = () =>
  ["app", "components", "lib"]
    .flatMap((dir) => filesUnder(dir, (file) => /\.tsx?$/.test(file) && !file.includes("/generated/")))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8")));

export const importModule = (file: string) => import(path.join(ROOT, file)) as Promise<Record<string, unknown>>;

/** The outcome of one call, as the matrix sees it. */
interface Outcome {
  /** The caller was turned away: 401/403/404, or the matching action error. */
  refused: boolean;
  /** The request reached the rule it exercises (2xx, or a conflict with the resource's state). */
  pastTheCheck: boolean;
  /** Any answer but success (or a crash): enough for a call that lacks its secret. */
  failed: boolean;
  /** What the caller got to read. */
  text: string;
  summary: string;
}

function signIn(w: World, who: Who): void {
  signInAs(who === "anonymous" ? null : w.actors[who].userId);
}

export async function callRoute(file: string, method: string, w: World, who: Who, call: HttpCall): Promise<Outcome> {
  signIn(w, who);
  const handler = (await importModule(file))[method] as (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
  const url = new URL(`${ORIGIN}/matrix`);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  const headers = new Headers({
    origin: ORIGIN,
    // The header behind CVE-2025-29927: middleware must not be skippable, and nothing below it trusts it.
    "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware",
  });
  if (who !== "anonymous") headers.set("cookie", "next-auth.session-token=matrix");
  let body: BodyInit | undefined;
  if (call.upload) {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(w.png)], "photo.png", { type: "image/png" }));
    for (const [name, value] of Object.entries(call.fields ?? {})) form.set(name, value);
    body = form;
  } else if (call.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(call.body);
  }
  const controller = new AbortController();
  const response = await handler(new Request(url, { method, headers, body, signal: controller.signal }), { params: Promise.resolve(call.params ?? {}) });
  const streaming = response.headers.get("content-type")?.startsWith("text/event-stream");
  const text = streaming ? "" : await response.text();
  if (streaming) controller.abort();
  return {
    refused: REFUSED_STATUS.has(response.status),
    pastTheCheck: !NOT_PAST_THE_CHECK.has(response.status),
    failed: response.status >= 400 && response.status !== 500,
    text,
    summary: `${response.status} ${text.slice(0, 300)}`,
  };
}

export async function callAction(file: string, name: string, w: World, who: Who, invoke: (fn: (...args: unknown[]) => Promise<unknown>) => Promise<unknown>): Promise<Outcome> {
  signIn(w, who);
  const fn = (await importModule(file))[name] as (...args: unknown[]) => Promise<unknown>;
  const result = await invoke(fn).catch((error: unknown) => ({ thrown: String((error as { digest?: string }).digest ?? error) }));
  const text = JSON.stringify(result ?? null);
  const actionResult = result as { ok?: boolean; error?: { code: string } } | undefined;
  const code = actionResult?.ok === false ? actionResult.error?.code : undefined;
  const redirected = text.includes("NEXT_REDIRECT");
  return {
    refused: code !== undefined && REFUSED_CODES.has(code),
    pastTheCheck: actionResult?.ok === true || redirected || (code !== undefined && !NOT_PAST_THE_CHECK_CODES.has(code)),
    failed: code !== undefined && code !== "INTERNAL",
    text,
    summary: text.slice(0, 300),
  };
}

const OUTSIDERS_WITHOUT_POWERS: readonly Who[] = ["anonymous", "bob", "quinn"];

const leaked = (w: World, text: string) => w.secrets.filter((secret) => text.includes(secret));

/** Runs one entry point through its access rule. `call` performs the request as `who`. */
export async function checkAccess(w: World, access: Access, call: (w: World, who: Who) => Promise<Outcome>, options: { opaque?: boolean } = {}) {
  if (access.kind === "framework") return;
  const outsiders = (owners: readonly Who[]) => EVERYONE.filter((who) => !owners.includes(who));

  /** `pastTheCheck`: the caller acts on their own account, which must work without touching the victims'. */
  async function expectNoReach(who: Who, { mayAnswerEmpty = false, refusal = "refused" as "refused" | "failed", pastTheCheck = false } = {}) {
    // Handlers of earlier calls write notifications after commit: let them land first.
    await settleDispatches();
    const before = await victimDigest(w);
    const outcome = await call(w, who);
    await settleDispatches();
    const expected = pastTheCheck ? "pastTheCheck" : refusal;
    if (!options.opaque && (pastTheCheck || !mayAnswerEmpty)) expect({ who, [expected]: outcome[expected], outcome: outcome.summary }).toEqual({ who, [expected]: true, outcome: outcome.summary });
    expect({ who, leaked: leaked(w, outcome.text) }).toEqual({ who, leaked: [] });
    expect({ who, digest: await victimDigest(w) }).toEqual({ who, digest: before });
  }
  async function expectPastTheCheck(who: Who) {
    const outcome = await call(w, who);
    if (!options.opaque) expect({ who, pastTheCheck: outcome.pastTheCheck, outcome: outcome.summary }).toEqual({ who, pastTheCheck: true, outcome: outcome.summary });
  }

  switch (access.kind) {
    case "owned":
    case "admin": {
      const owners: readonly Who[] = access.kind === "admin" ? ["admin"] : access.owners;
      for (const who of outsiders(owners)) await expectNoReach(who, { mayAnswerEmpty: access.kind === "owned" && access.emptySuccess === true && who !== "anonymous" });
      for (const who of owners) await expectPastTheCheck(who);
      return;
    }
    case "self": {
      const control = access.control ?? "alice";
      await expectNoReach("anonymous");
      if (!access.endsAccount) for (const who of outsiders([...VICTIMS, "anonymous"])) await expectNoReach(who, { mayAnswerEmpty: true });
      if (VICTIMS.includes(control)) await expectPastTheCheck(control);
      else await expectNoReach(control, { pastTheCheck: true });
      return;
    }
    case "open":
      await expectNoReach("anonymous");
      await expectPastTheCheck(access.control ?? "alice");
      return;
    case "public":
      // Admins are support staff and may read everything; the public may not.
      for (const who of OUTSIDERS_WITHOUT_POWERS) {
        const outcome = await call(w, who);
        expect({ who, leaked: leaked(w, outcome.text), status: outcome.summary.startsWith("500") }).toEqual({ who, leaked: [], status: false });
      }
      return;
    case "secret":
      for (const who of EVERYONE) await expectNoReach(who, { refusal: "failed" });
      return;
  }
}

