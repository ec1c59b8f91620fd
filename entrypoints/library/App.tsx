import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Highlight, HighlightChanges } from '@/lib/model/highlight';
import { facets as readFacets, isFiltered, matchingIds, type Facets } from '@/lib/db/library';
import { deleteMany, undoChange, type UndoRecord } from '@/lib/db/library-changes';
import { applyEdits } from '@/lib/db/highlights';
import { opsOfChanges } from '@/components/library/edit-ops';
import { t } from '@/lib/i18n';
import { useDatabase } from '@/components/library/use-database';
import { useDebounced } from '@/components/library/use-debounced';
import { useLibraryRows } from '@/components/library/use-library-rows';
import { useRefreshOnReturn } from '@/components/library/use-refresh-on-return';
import { Filters, NO_FILTERS, type FilterChoice } from '@/components/library/Filters';
import { toFilters } from '@/components/library/filter-query';
import { VirtualList } from '@/components/library/VirtualList';
import { HighlightRow } from '@/components/library/HighlightRow';
import { PageHeader } from '@/components/library/PageHeader';
import { ExportButtons } from '@/components/library/ExportButtons';
import { ImportPanel } from '@/components/library/ImportPanel';
import { SelectionBar } from '@/components/library/SelectionBar';
import { UndoBar } from '@/components/library/UndoBar';
import { problemText } from '@/components/library/problem';
import { SortSelect } from '@/components/library/SortSelect';
import { openAtPassage } from '@/components/library/open-at-passage';
import { usePageNotes } from '@/components/library/use-page-notes';
import type { LibrarySort } from '@/lib/db/library-order';

/** The library: every highlight, searched, filtered, edited, exported and imported in this page. */
export function App() {
  const [db, dbState] = useDatabase();
  const ready = dbState.status === 'open';
  const [choice, setChoice] = useState<FilterChoice>(NO_FILTERS);
  // Search as you type, run when typing pauses for 150 ms.
  const settled = useDebounced(choice, 150);
  const { filters, waiting } = useMemo(() => toFilters(settled), [settled]);
  const [sort, setSort] = useState<LibrarySort>('newest');
  const rows = useLibraryRows(db, filters, sort, ready);
  const [editing, setEditing] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const pageNotes = usePageNotes(db, ready, (e) => setProblem(problemText(e)));
  const [editingNote, setEditingNote] = useState<string | null>(null);
  const shape = useMemo(
    () => ({ editing, collapsed, noted: new Set([...pageNotes.notes.keys(), ...(editingNote ? [editingNote] : [])]) }),
    [editing, collapsed, pageNotes.notes, editingNote],
  );
  const [facets, setFacets] = useState<Facets | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<UndoRecord | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refreshFacets = useCallback(() => void readFacets(db).then(setFacets, (e: unknown) => setProblem(problemText(e))), [db]);
  useEffect(() => {
    if (ready) refreshFacets();
  }, [ready, refreshFacets]);
  useEffect(() => setSelected(new Set()), [filters]);

  const afterWrite = () => {
    rows.reload();
    refreshFacets();
    pageNotes.reload();
  };
  useRefreshOnReturn(afterWrite, ready);

  const edit = async (row: Highlight, changes: HighlightChanges) => {
    try {
      const ops = opsOfChanges(row, changes);
      const updated = ops.length ? await applyEdits(db, row.id, ops) : null;
      if (updated) rows.replace(updated);
      if (changes.tags) refreshFacets();
    } catch (error) {
      // Rethrown as the words the row shows; the row keeps the reader's text.
      throw new Error(problemText(error));
    }
  };

  const remove = async (ids: string[]) => {
    try {
      setUndo(await deleteMany(db, ids));
      setSelected(new Set());
      setProblem(null);
      afterWrite();
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  const restore = async () => {
    if (!undo) return;
    try {
      await undoChange(db, undo);
      setUndo(null);
      afterWrite();
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  const fold = (pageKey: string) => {
    const next = new Set(collapsed);
    if (!next.delete(pageKey)) next.add(pageKey);
    setCollapsed(next);
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const total = rows.total ?? 0;
  return (
    <main class="library">
      <header class="top">
        <h1>{t('libraryTitle')}</h1>
        <Filters choice={choice} facets={facets} onChange={setChoice} />
        {waiting && <p class="hint">{t('searchHint')}</p>}
        <div class="bar">
          <span data-testid="result-count">{rows.total === null ? '' : t('resultCount', { count: total })}</span>
          <SortSelect sort={sort} onChange={setSort} />
          <SelectionBar
            selected={selected.size}
            total={total}
            onSelectAll={() => void matchingIds(db, filters).then((ids) => setSelected(new Set(ids)))}
            onClear={() => setSelected(new Set())}
            onDelete={() => void remove([...selected])}
          />
        </div>
        <ExportButtons db={db} filters={filters} shown={rows.total} filtered={isFiltered(filters)} />
        <ImportPanel db={db} onImported={afterWrite} />
        {undo && <UndoBar count={undo.before.length} onUndo={() => void restore()} onClose={() => setUndo(null)} />}
        {(problem || dbState.status === 'failed' || rows.error) && (
          <p class="problem" role="alert" data-testid="library-error">
            {dbState.status === 'failed' ? dbState.message : problem ?? problemText(rows.error)}
          </p>
        )}
      </header>
      {dbState.status === 'opening' && <p class="state">{t('loadingLibrary')}</p>}
      {ready && rows.total === 0 && <p class="state">{isFiltered(filters) ? t('noResults') : t('emptyLibrary')}</p>}
      <VirtualList
        total={total}
        rowAt={rows.rowAt}
        ensure={rows.ensure}
        version={rows.version}
        resetKey={JSON.stringify([filters, sort])}
        shape={shape}
        renderRow={(_, row, startsPage) =>
          row ? (
            <>
              {startsPage && (
                <PageHeader
                  row={row}
                  collapsed={collapsed.has(row.pageKey)}
                  onToggle={() => fold(row.pageKey)}
                  note={pageNotes.notes.get(row.pageKey) ?? ''}
                  editingNote={editingNote === row.pageKey}
                  onEditNote={(open) => setEditingNote(open ? row.pageKey : null)}
                  onSaveNote={(note) => pageNotes.save(row.pageKey, note).catch((e: unknown) => Promise.reject(new Error(problemText(e))))}
                />
              )}
              {!collapsed.has(row.pageKey) && (
                <HighlightRow
                  row={row}
                  selected={selected.has(row.id)}
                  editing={editing === row.id}
                  onSelect={(on) => toggle(row.id, on)}
                  onEditing={(open) => setEditing(open ? row.id : null)}
                  onChange={(changes) => edit(row, changes)}
                  onDelete={() => void remove([row.id])}
                  onOpen={(h, link) => void openAtPassage(h, link).catch((e: unknown) => setProblem(problemText(e)))}
                />
              )}
            </>
          ) : (
            <div class="row placeholder" />
          )
        }
      />
    </main>
  );
}
