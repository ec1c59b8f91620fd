import { t, type MessageKey } from '@/lib/i18n';

/** A friendly explanation in place of the brief: restricted, unreachable, not an article… */
export function PageState({ state, message }: { state: MessageKey; message?: string }) {
  return (
    <p class="state" data-testid="page-state" data-state={state}>
      {message ?? t(state)}
    </p>
  );
}
