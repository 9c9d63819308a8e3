import { parse, type AnyNode } from '@humanwhocodes/momoa';

/** A 1-based line and column in a text. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * The steps of a parseLadder / parseCatalogIndex path: `cells[12].level` is
 * `['cells', 12, 'level']`, `translations["zh-CN"].name` is `['translations', 'zh-CN', 'name']`.
 */
export function pathSteps(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  const pattern = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path))) {
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(JSON.parse(match[3] ?? '""') as string);
  }
  return steps;
}

function child(node: AnyNode, step: string | number): AnyNode | undefined {
  if (node.type === 'Object' && typeof step === 'string') {
    // JSON.parse keeps the last of a repeated key, so the value checked is the last one.
    return node.members.findLast(
      (member) => (member.name.type === 'String' ? member.name.value : member.name.name) === step,
    )?.value;
  }
  if (node.type === 'Array' && typeof step === 'number') return node.elements[step]?.value;
  return undefined;
}

/**
 * Finds where each path points in a JSON text: the value the path names or, when that value is
 * missing, the nearest object or array that holds it (where the field should be added).
 */
export function createPositionFinder(text: string): (path: string) => Position {
  const document = parse(text, { mode: 'json' });
  return (path) => {
    let node: AnyNode = document.body;
    for (const step of pathSteps(path)) {
      const next = child(node, step);
      if (!next) break;
      node = next;
    }
    return { line: node.loc.start.line, column: node.loc.start.column };
  };
}

/** The position of a JSON syntax error, from JSON.parse's message or momoa's. */
export function syntaxErrorPosition(text: string): Position & { readonly message: string } {
  try {
    parse(text, { mode: 'json' });
  } catch (error) {
    const { line, column, message } = error as { line?: number; column?: number; message: string };
    if (line !== undefined && column !== undefined) {
      return { line, column, message: message.replace(/\s*\(\d+:\d+\)$/, '') };
    }
  }
  return { line: 1, column: 1, message: 'The file is not valid JSON.' };
}
