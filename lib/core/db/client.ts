import { PrismaClient, Prisma } from "../../generated/prisma/client";
import { connectDatabase, type DatabaseConnection, type DatabaseKind } from "./adapter";

export type Db = PrismaClient;
/** What a use case receives inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
export { Prisma };

interface DbState {
  client: PrismaClient;
  connection: DatabaseConnection;
}

// One client per process, kept on globalThis so dev-server reloads do not open PGlite twice.
const holder = globalThis as unknown as { __hearthDb?: DbState };

function state(): DbState {
  if (!holder.__hearthDb) {
    const connection = connectDatabase();
    const client = new PrismaClient({ adapter: connection.factory, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
    holder.__hearthDb = { client, connection };
  }
  return holder.__hearthDb;
}

/**
 * The Prisma client. It connects on first use, not on import, so that `next build`
 * workers that merely import a module never open the embedded database.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = state().client;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export function databaseKind(): DatabaseKind {
  return state().connection.kind;
}

export function databaseFactory() {
  return state().connection.factory;
}

export async function disconnectDb(): Promise<void> {
  const current = holder.__hearthDb;
  if (!current) return;
  holder.__hearthDb = undefined;
  await current.client.$disconnect();
  await current.connection.close();
}
