import type { Tx } from "../core/db";
import type { LedgerLine } from "./accounts";

export class UnbalancedLedgerTransaction extends Error {}

/**
 * Posts one balanced transaction in the caller's transaction. `key` is derived from Hearth's
 * own ids ("capture:<paymentId>"), so posting the same movement again (a redelivered webhook,
 * a retried job) changes nothing and returns false.
 */
export async function postLedgerTransaction(
  tx: Tx,
  { key, kind, paymentId, description = "", lines }: { key: string; kind: string; paymentId?: string; description?: string; lines: LedgerLine[] },
): Promise<boolean> {
  assertBalanced(lines);
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "LedgerTransaction" ("id", "key", "kind", "paymentId", "description")
    VALUES (${`ltx_${key}`}, ${key}, ${kind}, ${paymentId ?? null}, ${description})
    ON CONFLICT ("key") DO NOTHING
    RETURNING "id"`;
  if (inserted.length === 0) return false;
  const nonZero = lines.filter((line) => line.amount !== 0);
  await tx.ledgerEntry.createMany({ data: nonZero.map((line) => ({ ...line, transactionId: inserted[0].id })) });
  return true;
}

export function assertBalanced(lines: LedgerLine[]): void {
  const totals = new Map<string, number>();
  for (const line of lines) {
    if (!Number.isInteger(line.amount)) throw new UnbalancedLedgerTransaction(`Non-integer amount on ${line.account}`);
    totals.set(line.currency, (totals.get(line.currency) ?? 0) + line.amount);
  }
  for (const [currency, total] of totals) {
    if (total !== 0) throw new UnbalancedLedgerTransaction(`Ledger transaction does not balance in ${currency}: ${total}`);
  }
}
