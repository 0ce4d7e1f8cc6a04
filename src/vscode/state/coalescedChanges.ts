// A listener that hears of lab changes at most once per delay: a compose up or a script is many
// changes, and a view needs to redraw once after them, not once per change.
import type { LabStore } from './labStore';

export function onCoalescedChanges(store: LabStore, delayMs: number, listener: () => void): { dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const subscription = store.onDidChange(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      listener();
    }, delayMs);
  });
  return {
    dispose: () => {
      if (timer) clearTimeout(timer);
      subscription.dispose();
    },
  };
}
