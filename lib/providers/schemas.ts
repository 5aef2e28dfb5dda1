import { z } from "zod";

export const SearchProvidersQuery = z.object({
  category: z.string().trim().max(80).optional(),
  city: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(12),
});
export type SearchProvidersQuery = z.input<typeof SearchProvidersQuery>;
