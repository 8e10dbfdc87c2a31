import en from './en.ts';
import pl from './pl.ts';
import type { EditorLang, EditorWords } from './schema.ts';

export { editorLangs, type EditorLang, type EditorWords } from './schema.ts';

/** The editors' words, one dictionary per language, each checked against `EditorWords`. */
export const editorWords: Record<EditorLang, EditorWords> = { pl, en };
