import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { Editor } from './Editor';
import { Toolbar } from './Toolbar';
import { placeBeside } from './position';
import type { Observable, PageUiActions, PageUiState, Toast } from './state';

function useValue<T>(o: Observable<T>): T {
  const [value, setValue] = useState(o.value);
  useEffect(() => {
    // The value may have changed between the first render and this subscription.
    setValue(o.value);
    return o.subscribe(setValue);
  }, [o]);
  return value;
}

const stopUntrusted = (e: Event) => {
  if (!e.isTrusted) {
    e.stopPropagation();
    e.preventDefault();
  }
};

/** The whole in-page UI, inside our shadow root. */
export function PageUi({ state, toast, actions }: { state: Observable<PageUiState>; toast: Observable<Toast | null>; actions: PageUiActions }) {
  const current = useValue(state);
  const message = useValue(toast);
  const panel = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ top: -9999, left: -9999 });

  useLayoutEffect(() => {
    if (current.view === 'hidden' || !panel.current) return;
    const box = panel.current.getBoundingClientRect();
    setPos(placeBeside(current.rect, box, { width: window.innerWidth, height: window.innerHeight }));
  }, [current]);

  return (
    <div
      class="root"
      // Only the reader acts here: an event a script made (isTrusted false) stops before any button or field.
      onClickCapture={stopUntrusted}
      onMouseDownCapture={stopUntrusted}
      onKeyDownCapture={stopUntrusted}
      onInputCapture={stopUntrusted}
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.close();
      }}
    >
      {current.view !== 'hidden' && (
        // Mouse-down must not take the page's selection away before "Highlight" is clicked.
        <div
          ref={panel}
          class="panel"
          style={{ top: `${pos.top}px`, left: `${pos.left}px` }}
          onMouseDown={(e) => {
            if (current.view === 'toolbar') e.preventDefault();
          }}
        >
          {current.view === 'toolbar' && <Toolbar onHighlight={actions.highlight} error={current.error} />}
          {current.view === 'editor' && <Editor highlight={current.highlight} actions={actions} focus={current.focus} />}
        </div>
      )}
      {message && (
        <div class="toast" role="status" data-testid="toast">
          <span>{message.text}</span>
          {message.undo && (
            <button type="button" data-testid="undo" onClick={message.undo}>
              {t('undo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
