/**
 * What the options page needs from the extension: the settings, saved and
 * watched. The view takes this interface (a mock in tests).
 */
import { loadSettings, saveSettings, watchSettings, type Settings } from '.';

export interface OptionsApi {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Calls `listener` when the settings change elsewhere (another options tab, the panel). */
  watch(listener: (settings: Settings) => void): () => void;
}

/** The options page's API over extension storage. */
export function extensionOptionsApi(): OptionsApi {
  return { load: loadSettings, save: saveSettings, watch: watchSettings };
}
