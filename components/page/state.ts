import type { Color, Highlight } from '@/lib/model/highlight';
import type { EditOp } from '@/lib/model/edit';

/** What the in-page UI shows: nothing, the selection toolbar, or the editor of one highlight. */
export type PageUiState =
  | { view: 'hidden' }
  | { view: 'toolbar'; rect: DOMRect; error?: string }
  | { view: 'editor'; rect: DOMRect; highlight: Highlight; /** Opened from the keyboard: focus its note. */ focus?: boolean };

export interface Toast {
  text: string;
  undo?: () => void;
}

/** The actions the in-page UI can take; the content script implements them. */
export interface PageUiActions {
  highlight(color?: Color): void;
  /** Saves an edit as operations on the stored highlight, so an edit made meanwhile in another tab survives. */
  edit(id: string, ops: EditOp[]): Promise<void>;
  remove(id: string): void;
  copy(text: string): void;
  close(): void;
}

/** A tiny observable: the content script sets state, the Preact tree re-renders. */
export class Observable<T> {
  private listeners = new Set<(value: T) => void>();
  constructor(public value: T) {}
  set(value: T): void {
    this.value = value;
    for (const l of this.listeners) l(value);
  }
  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
