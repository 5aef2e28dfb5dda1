import type { ReactNode } from "react";
import { cn } from "./cn";

export interface Column {
  label: ReactNode;
  /** Amounts and counts line up on the right. */
  align?: "right";
  /** A hover hint that explains the column. */
  title?: string;
}

/**
 * The app's table of records: a bordered card that scrolls sideways on narrow screens, a header
 * row of columns, and the caller's rows (`<tr>`s) divided by hairlines.
 */
export function DataTable({ columns, children, alignTop = false }: { columns: (string | Column)[]; children: ReactNode; alignTop?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs tracking-wide text-stone-500 uppercase">
          <tr>
            {columns.map((column, index) => {
              const { label, align, title } = typeof column === "string" ? { label: column } : column;
              return (
                <th key={index} className={cn("px-4 py-2 font-medium", align === "right" && "text-right")} title={title}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className={cn("divide-y divide-stone-100", alignTop && "align-top")}>{children}</tbody>
      </table>
    </div>
  );
}
