/* eslint-disable @typescript-eslint/no-require-imports -- the session stub must be in require.cache before the routes load */
/**
 * One app instance for the two-instance test, as its own Node process:
 *   tsx app/api/stream/_testing/instance-main.ts
 * Uses DATABASE_URL and REDIS_URL from the environment, prints {"ready":"http://127.0.0.1:<port>"}
 * once listening, and exits when its parent closes stdin (so a crashed test leaves no server behind).
 */
const sessionPath = require.resolve("../../../../lib/core/auth/session");
require.cache[sessionPath] = { id: sessionPath, filename: sessionPath, loaded: true, exports: require("./header-session") } as NodeJS.Module;

const { startInstanceServer } = require("./instance-server") as typeof import("./instance-server");

startInstanceServer(Number(process.env.INSTANCE_PORT ?? 0)).then(
  (server) => {
    process.stdout.write(`${JSON.stringify({ ready: server.url })}\n`);
    process.stdin.resume();
    process.stdin.on("end", () => process.exit(0));
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
