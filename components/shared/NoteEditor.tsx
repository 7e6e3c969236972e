/**
 * Editing a saved passage's note and tags. When the write fails (full disk,
 * refused), the message says so and the text stays in the editor, so nothing
 * the reader typed is lost; they can copy it or try again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PassagePatch } from '../../lib/db/passages';
import { errorDetail, errorKind, writeErrorMessage } from './db-message';
import { ErrorMessage } from './ErrorMessage';
import { t } from './labels';

export interface NoteEditorProps {
  /** Used to make the field ids unique on the page. */
  id: string;
  note: string;
  tags: string[];
  onSave: (patch: PassagePatch) => Promise<void>;
  onDone: () => void;
}

export function splitTags(text: string): string[] {
  return text
    .split(/[,،、，]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function NoteEditor({ id, note, tags, onSave, onDone }: NoteEditorProps) {
  const [text, setText] = useState(note);
  const [tagText, setTagText] = useState(tags.join(', '));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({ note: text, tags: splitTags(tagText) });
      onDone();
    } catch (e) {
      setError(`${writeErrorMessage(errorKind(e), errorDetail(e))} ${t('noteKept')}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="note-editor" onSubmit={submit} aria-busy={busy}>
      <label for={`note-${id}`}>{t('noteLabel')}</label>
      <textarea
        id={`note-${id}`}
        ref={area}
        rows={5}
        value={text}
        aria-describedby={`note-help-${id}`}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
      />
      <p class="help" id={`note-help-${id}`}>
        {t('noteHelp')}
      </p>
      <label for={`tags-${id}`}>{t('tagsLabel')}</label>
      <input
        id={`tags-${id}`}
        type="text"
        value={tagText}
        aria-describedby={`tags-help-${id}`}
        onInput={(e) => setTagText(e.currentTarget.value)}
      />
      <p class="help" id={`tags-help-${id}`}>
        {t('tagsHelp')}
      </p>
      <ErrorMessage text={error} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
