"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { NotificationPreferenceGroup, NotificationPreferenceRow } from "@/lib/notifications/get-notification-preferences";
import { savePreferencesFromForm, type SavePreferencesState } from "../actions";

/**
 * One table per category: a row per event type, Email and In-app columns. Transactional emails show
 * as on and locked (a hidden field keeps them on), with the reason under the label.
 */
export function PreferencesForm({ groups }: { groups: NotificationPreferenceGroup[] }) {
  const [state, formAction, pending] = useActionState<SavePreferencesState, FormData>(savePreferencesFromForm, { status: "idle" });
  return (
    <form action={formAction} aria-label="Notification preferences" className="space-y-8">
      {groups.map((group) => (
        <fieldset key={group.category} data-testid={`preferences-${group.category}`}>
          <legend className="mb-2 text-lg font-semibold text-stone-900">{group.label}</legend>
          <table className="w-full overflow-hidden rounded-xl border border-stone-200 bg-white text-sm shadow-sm">
            <thead className="bg-stone-50 text-left text-xs tracking-wide text-stone-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Notification
                </th>
                <th scope="col" className="w-20 px-4 py-2 text-center font-medium">
                  Email
                </th>
                <th scope="col" className="w-20 px-4 py-2 text-center font-medium">
                  In-app
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {group.rows.map((row) => (
                <PreferenceRow key={row.type} row={row} />
              ))}
            </tbody>
          </table>
        </fieldset>
      ))}

      {state.status === "saved" ? (
        <Alert tone="success" data-testid="preferences-status">
          Preferences saved.
        </Alert>
      ) : state.status === "error" ? (
        <Alert tone="error" data-testid="preferences-status">
          {state.message}
        </Alert>
      ) : null}
      <Button type="submit" pending={pending}>
        Save preferences
      </Button>
    </form>
  );
}

function PreferenceRow({ row }: { row: NotificationPreferenceRow }) {
  const id = row.type.replace(/[^a-z0-9]/gi, "-");
  return (
    <tr data-testid="preference-row" data-type={row.type}>
      <th scope="row" className="px-4 py-3 text-left font-normal">
        <input type="hidden" name="type" value={row.type} />
        <span id={`${id}-label`} className="block font-medium text-stone-900">
          {row.label}
        </span>
        <span className="block text-stone-600">{row.description}</span>
        {row.transactional ? <span className="mt-0.5 block text-xs text-stone-500">Emails about this are always sent.</span> : null}
      </th>
      <td className="px-4 py-3 text-center">
        {row.transactional ? <input type="hidden" name={`email:${row.type}`} value="on" /> : null}
        <input
          type="checkbox"
          name={row.transactional ? undefined : `email:${row.type}`}
          defaultChecked={row.email}
          disabled={row.transactional}
          aria-label={`${row.label}: email`}
          className="size-4 accent-brand-600 disabled:opacity-60"
        />
      </td>
      <td className="px-4 py-3 text-center">
        <input type="checkbox" name={`inApp:${row.type}`} defaultChecked={row.inApp} aria-label={`${row.label}: in-app`} className="size-4 accent-brand-600" />
      </td>
    </tr>
  );
}
