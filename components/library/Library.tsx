/**
 * The library: every saved passage across documents. Full-text search over
 * quotes, notes and tags (MiniSearch); filters by tag, theme, symbol and
 * document; sort by date or document; edit, delete with undo; open the source
 * page at the passage; export what is shown or everything; import a file.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dirOf } from '../../lib/i18n';
import { library as messages } from '../../lib/i18n/catalog/library';
import { translator } from '../../lib/i18n';
import type { SavedPassage } from '../../lib/model/saved-passage';
import type { ThemeId } from '../../lib/model/themes';
import type { PanelApi } from '../../lib/panel/api';
import type { Settings } from '../../lib/settings';
import { errorDetail } from '../shared/db-message';
import { ErrorMessage } from '../shared/ErrorMessage';
import { ExportControls } from '../shared/ExportControls';
import { GrowingList } from '../shared/GrowingList';
import { ImportControl } from '../shared/ImportControl';
import { formatNumber, t } from '../shared/labels';
import { SavedPassageItem } from '../shared/SavedPassageItem';
import { Select } from '../shared/Select';
import { ThemeOptions } from '../shared/themes';
import { UndoBar } from '../shared/UndoBar';
import { useLocale } from '../shared/locale';
import { useUndoableDelete } from '../shared/use-undoable-delete';
import { foldText, LibrarySearch } from './search-index';
import {
  EMPTY_QUERY,
  facets,
  scanPassages,
  selectPassages,
  type LibraryQuery,
  type LibrarySort,
} from './select';

const tl = translator(messages);

export function Library({ api, pageSize }: { api: PanelApi; pageSize?: number }) {
  const [passages, setPassages] = useState<SavedPassage[] | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [message, setMessage] = useState<string | null>(null);
  const deletion = useUndoableDelete(api, setMessage);
  const search = useRef(new LibrarySearch()).current;
  const [indexVersion, setIndexVersion] = useState(0);
  const [indexing, setIndexing] = useState(false);

  useEffect(() => api.watchSettings(setSettings), [api]);
  useEffect(
    () =>
      api.watchSaved(
        { kind: 'all' },
        (rows) => {
          setReadError(null);
          setPassages(rows);
          setIndexing(true);
          void search.syncInSlices(rows).then((changed) => {
            setIndexing(false);
            if (changed > 0) setIndexVersion((v) => v + 1);
          });
        },
        (e) => setReadError(tl('loadError', { detail: errorDetail(e) })),
      ),
    [api, search],
  );
  const locale = useLocale(settings);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dirOf(locale);
    document.title = tl('pageTitle');
  }, [locale]);

  const byId = useMemo(() => new Map((passages ?? []).map((p) => [p.id, p])), [passages]);
  const ranked = useMemo(() => {
    if (!query.text.trim()) return null;
    // While a large library is still being indexed, a plain scan answers at once.
    return indexing ? scanPassages(passages ?? [], query.text, foldText) : search.search(query.text);
    // indexVersion changes whenever the index does, so results follow edits.
  }, [query.text, indexVersion, indexing, passages, search]);
  const shown = useMemo(
    () => selectPassages(passages ?? [], query, ranked, byId),
    [passages, query, ranked, byId],
  );
  const menus = useMemo(() => facets(passages ?? []), [passages]);
  const set = <K extends keyof LibraryQuery>(key: K, value: LibraryQuery[K]) =>
    setQuery((q) => ({ ...q, [key]: value }));
  const filtered =
    !!query.text.trim() || !!query.tag || !!query.theme || !!query.symbol || !!query.documentKey;

  const remove = (p: SavedPassage) => {
    setMessage(null);
    return deletion.remove(p);
  };

  const documentLabel = menus.documents.find((d) => d.key === query.documentKey)?.label;
  return (
    <main class="library" lang={locale} dir={dirOf(locale)} key={locale}>
      <header class="library-header">
        <h1>{tl('heading')}</h1>
        <p class="muted">{tl('intro')}</p>
      </header>

      <div role="search" class="library-controls" aria-label={tl('controlsLabel')}>
        <div class="field grow">
          <label for="library-search">{tl('searchLabel')}</label>
          <input
            id="library-search"
            type="search"
            value={query.text}
            onInput={(e) => {
              const text = e.currentTarget.value;
              setQuery((q) => ({ ...q, text, sort: sortFor(q, text) }));
            }}
          />
        </div>
        <Select id="library-tag" label={tl('filterTag')} value={query.tag} onChange={(v) => set('tag', v)}>
          <option value="">{tl('allTags')}</option>
          {menus.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </Select>
        <Select
          id="library-theme"
          label={t('filterTheme')}
          value={query.theme}
          onChange={(v) => set('theme', v as ThemeId | '')}
        >
          <ThemeOptions />
        </Select>
        <Select
          id="library-symbol"
          label={tl('filterSymbol')}
          value={query.symbol}
          onChange={(v) => set('symbol', v)}
        >
          <option value="">{tl('allSymbols')}</option>
          {menus.symbols.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
        <Select
          id="library-document"
          label={tl('filterDocument')}
          value={query.documentKey}
          onChange={(v) => set('documentKey', v)}
        >
          <option value="">{tl('allDocuments')}</option>
          {menus.documents.map((d) => (
            <option key={d.key} value={d.key}>
              {d.label}
            </option>
          ))}
        </Select>
        <Select
          id="library-sort"
          label={tl('sort')}
          value={query.sort}
          onChange={(v) => set('sort', v as LibrarySort)}
        >
          {query.text.trim() && <option value="relevance">{tl('sortRelevance')}</option>}
          <option value="newest">{tl('sortNewest')}</option>
          <option value="oldest">{tl('sortOldest')}</option>
          <option value="document">{tl('sortDocument')}</option>
        </Select>
        {filtered && (
          <button type="button" onClick={() => setQuery(EMPTY_QUERY)}>
            {tl('clearFilters')}
          </button>
        )}
      </div>

      <p class="count" role="status" data-testid="library-count">
        {passages === null
          ? tl('loading')
          : tl('count', { shown: formatNumber(shown.length), total: formatNumber(passages.length) })}
      </p>
      <ErrorMessage text={readError} />
      <ErrorMessage text={message} />
      <UndoBar deleted={deletion.deleted} onUndo={() => void deletion.undo()} onDismiss={deletion.dismiss} />

      <details class="export-import">
        <summary>{t('exportHeading')}</summary>
        <ExportControls
          api={api}
          idPrefix="library"
          scopes={[
            ...(filtered
              ? [
                  {
                    id: 'shown',
                    label: t('scopeFiltered', { count: formatNumber(shown.length) }),
                    name:
                      documentLabel && !query.text && !query.tag && !query.theme
                        ? documentLabel
                        : 'selection',
                    passages: shown,
                    everything: false,
                  },
                ]
              : []),
            {
              id: 'all',
              label: t('scopeAll', { count: formatNumber(passages?.length ?? 0) }),
              name: 'all',
              passages: passages ?? [],
              everything: true,
            },
          ]}
          key={filtered ? 'filtered' : 'all'}
        />
        <ImportControl api={api} idPrefix="library" />
      </details>

      {passages !== null && passages.length === 0 && <p class="state">{tl('empty')}</p>}
      {passages !== null && passages.length > 0 && shown.length === 0 && <p class="state">{tl('noMatch')}</p>}
      {shown.length > 0 && (
        <GrowingList
          items={shown}
          keyOf={(p) => p.id}
          label={tl('listLabel')}
          class="saved-list"
          testId="library-list"
          {...(pageSize ? { pageSize } : {})}
          render={(p) => (
            <SavedPassageItem
              passage={p}
              api={api}
              showSource
              onOpen={() => void api.openSource(p)}
              onDelete={() => void remove(p)}
            />
          )}
        />
      )}
    </main>
  );
}

/** Starting a search shows the best matches first, unless the reader chose another order. */
function sortFor(q: LibraryQuery, text: string): LibrarySort {
  const was = !!q.text.trim();
  const is = !!text.trim();
  if (!was && is && q.sort === 'newest') return 'relevance';
  if (was && !is && q.sort === 'relevance') return 'newest';
  return q.sort;
}
