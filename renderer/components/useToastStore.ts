import { create } from 'zustand';

export interface ToastMessage {
  id: number;
  message: string;
  /** e.g. Undo; the toast closes after the action ran. */
  action?: { label: string; run(): void | Promise<void> };
  tone?: 'info' | 'error';
}

interface ToastState {
  toasts: ToastMessage[];
  show(toast: Omit<ToastMessage, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Transient notices (UI state only). Few at a time: the oldest leaves when a fourth arrives. */
export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  show: (toast) => set((state) => ({ toasts: [...state.toasts.slice(-2), { ...toast, id: nextId++ }] })),
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

export const showToast = (toast: Omit<ToastMessage, 'id'>) => useToastStore.getState().show(toast);
