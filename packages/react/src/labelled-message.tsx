import type { MessageKey, Translator } from '@skill-ladder/core';
import type { ReactNode } from 'react';
import type { ContentText } from './content-text.js';

// Stands in for a label in the filled message, where no message text can have it.
const MARK = '\u0000';

/**
 * An interface message with level or role labels in its placeholders: plain text, or, when a
 * label is in another language than the interface (a name that fell back), that label in a
 * `<span lang>` of its own, wherever the locale's wording puts it.
 */
export function labelledMessage(
  t: Translator,
  key: MessageKey,
  labels: Readonly<Record<string, ContentText>>,
): ReactNode {
  return labelledText((params) => t.message(key, params), labels);
}

/** `labelledMessage` for a message of another set (the assessment's): `fill` fills it in. */
export function labelledText(
  fill: (params: Record<string, string>) => string,
  labels: Readonly<Record<string, ContentText>>,
): ReactNode {
  const foreign: ContentText[] = [];
  const params: Record<string, string> = {};
  for (const [name, label] of Object.entries(labels)) {
    if (label.lang === undefined) params[name] = label.text;
    else params[name] = `${MARK}${foreign.push(label) - 1}${MARK}`;
  }
  const text = fill(params);
  if (foreign.length === 0) return text;
  return text.split(MARK).map((part, i) => {
    const label = i % 2 === 1 ? foreign[Number(part)] : undefined;
    return label ? (
      <span key={i} lang={label.lang}>
        {label.text}
      </span>
    ) : (
      part
    );
  });
}
