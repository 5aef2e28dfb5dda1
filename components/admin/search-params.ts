/** One value of a search param (the first, if repeated), or undefined. */
export function param(params: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : undefined;
}

/** The same URL with some params replaced (undefined removes one). */
export function hrefWith(path: string, params: Record<string, string | undefined>, changes: Record<string, string | undefined>): string {
  const merged = { ...params, ...changes };
  const query = new URLSearchParams(Object.entries(merged).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
