/** The themes behind each preset dimension, as declared once in data/presets.ts. */
import { PRESETS } from '../../../../data/presets.ts';
import type { ThemeId } from '../../../../data/types.ts';

export const PRESET_THEMES: Record<'anholt' | 'expat', Record<string, readonly ThemeId[]>> = PRESETS;
