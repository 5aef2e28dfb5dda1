export { db, databaseKind, databaseFactory, disconnectDb, Prisma, type Db, type Tx } from "./client";
