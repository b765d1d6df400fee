import type { BrowseSource } from "#source.ts";
import type { Screen, ScreenOf } from "#ui/nav.ts";

export interface ScreenProps<K extends Screen["kind"]> {
  screen: ScreenOf<K>;
  update(patch: Partial<ScreenOf<K>>): void;
  push(screen: Screen): void;
  source: BrowseSource;
  width: number;
  /** rows available to the screen's body */
  height: number;
  /** false while the search prompt owns the keyboard */
  active: boolean;
  /** show a one-line message in the status line */
  notify(message: string): void;
}
