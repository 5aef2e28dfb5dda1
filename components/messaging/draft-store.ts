import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

/**
 * Unsent message text per conversation. It outlives the Composer (which unmounts when the user
 * opens another conversation) and, in sessionStorage, a reload of the tab; it is not shared with
 * other tabs or kept after the tab closes, which suits half-written private messages.
 */
export type Drafts = Readonly<Record<string, string>>;

/** Keeps the store small: whitespace-only text is no draft, and only the most recent drafts are kept. */
export const MAX_DRAFTS = 50;

export function withDraft(drafts: Drafts, conversationId: string, body: string): Drafts {
  const rest = Object.fromEntries(Object.entries(drafts).filter(([id]) => id !== conversationId));
  if (!body.trim()) return rest;
  // Insertion order is recency: the newest draft goes last, the oldest falls off.
  const entries = [...Object.entries(rest), [conversationId, body] as const];
  return Object.fromEntries(entries.slice(-MAX_DRAFTS));
}

interface DraftState {
  drafts: Drafts;
  setDraft: (conversationId: string, body: string) => void;
  clearDraft: (conversationId: string) => void;
}

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      setDraft: (conversationId, body) => set((state) => ({ drafts: withDraft(state.drafts, conversationId, body) })),
      clearDraft: (conversationId) => set((state) => ({ drafts: withDraft(state.drafts, conversationId, "") })),
    }),
    {
      name: "hearth:message-drafts",
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ drafts: state.drafts }),
      // Rehydrated after mount (see useDraft): the server renders an empty box, so must the first client render.
      skipHydration: true,
    },
  ),
);

/** The conversation's draft and its setter; reads sessionStorage once the component has mounted. */
export function useDraft(conversationId: string): [string, (body: string) => void, () => void] {
  const body = useDraftStore((state) => state.drafts[conversationId] ?? "");
  const setDraft = useDraftStore((state) => state.setDraft);
  const clearDraft = useDraftStore((state) => state.clearDraft);
  return [body, (next) => setDraft(conversationId, next), () => clearDraft(conversationId)];
}

let rehydrated = false;
/** Called from an effect: loads saved drafts from sessionStorage once per page load. */
export function rehydrateDrafts(): void {
  if (rehydrated) return;
  rehydrated = true;
  void useDraftStore.persist.rehydrate();
}
