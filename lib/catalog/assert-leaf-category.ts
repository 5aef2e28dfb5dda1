import type { Db, Tx } from "../core/db";
import { AppError } from "../core/errors";

const invalid = (message: string) => new AppError("VALIDATION_FAILED", message, { fields: { categoryId: [message] } });

/** Services sit in the most specific category ("Plumbing", not "Home"), so search by any ancestor finds them. */
export async function assertLeafCategory(client: Db | Tx, categoryId: string): Promise<void> {
  const category = await client.category.findUnique({ where: { id: categoryId }, select: { _count: { select: { children: true } } } });
  if (!category) throw invalid("Choose a category from the list");
  if (category._count.children > 0) throw invalid("Choose a more specific category");
}
