/**
 * The first difference between two DOM trees, element by element and attribute by attribute,
 * with the path of the element where it is; `undefined` when they are the same.
 *
 * Generated ids (React's `useId`, the floor's own) are not compared as such: every id token
 * that `idPattern` finds in an attribute value is replaced by `id1`, `id2`… in the order the
 * tokens first appear in the tree (document order, attributes in name order), so that two
 * trees match when their ids are used in the same places, and differ when they are not (for
 * example, a label pointing at another element than the one it should). Adjacent text nodes
 * are compared as one text, since how text is split into nodes is not visible; comments are
 * left out. Everything else counts: tag names, every attribute and its value, the text, the
 * number and order of children, and the value of form fields.
 */
export function firstDomDifference(
  expected: Element,
  actual: Element,
  idPattern: RegExp,
): string | undefined {
  const names = [new Map<string, string>(), new Map<string, string>()] as const;
  const normalise = (value: string, side: 0 | 1) =>
    value.replace(new RegExp(idPattern.source, 'g'), (token) => {
      const seen = names[side];
      if (!seen.has(token)) seen.set(token, `id${seen.size + 1}`);
      return seen.get(token) as string;
    });

  const step = (node: Element, index: number) => {
    const slot = node.getAttribute('data-slot');
    return `${node.localName}[${index}]${slot ? `[data-slot="${slot}"]` : ''}`;
  };

  const walk = (a: Element, b: Element, path: string): string | undefined => {
    if (a.localName !== b.localName)
      return `${path}: element <${b.localName}>, expected <${a.localName}>`;
    const attrs = (node: Element, side: 0 | 1) =>
      new Map(
        [...node.attributes]
          .sort((x, y) => (x.name < y.name ? -1 : 1))
          .map((attr) => [attr.name, normalise(attr.value, side)]),
      );
    const wanted = attrs(a, 0);
    const got = attrs(b, 1);
    for (const [name, value] of wanted) {
      if (!got.has(name)) return `${path}: attribute ${name} missing, expected "${value}"`;
      if (got.get(name) !== value)
        return `${path}: attribute ${name} is "${got.get(name)}", expected "${value}"`;
    }
    for (const [name, value] of got) {
      if (!wanted.has(name)) return `${path}: attribute ${name}="${value}" not expected`;
    }
    if (
      (a instanceof HTMLSelectElement || a instanceof HTMLInputElement) &&
      a.value !== (b as HTMLSelectElement | HTMLInputElement).value
    )
      return `${path}: value is "${(b as HTMLInputElement).value}", expected "${a.value}"`;

    const children = (node: Element) => {
      const out: (Element | string)[] = [];
      for (const child of node.childNodes) {
        if (child instanceof Element) out.push(child);
        else if (child.nodeType === Node.TEXT_NODE) {
          const last = out[out.length - 1];
          if (typeof last === 'string') out[out.length - 1] = last + (child.nodeValue ?? '');
          else out.push(child.nodeValue ?? '');
        }
      }
      return out.filter((child) => child !== '');
    };
    const left = children(a);
    const right = children(b);
    for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
      const x = left[i];
      const y = right[i];
      const describe = (child: Element | string | undefined) =>
        child === undefined
          ? 'nothing'
          : typeof child === 'string'
            ? `text "${child}"`
            : `<${child.localName}>`;
      if (typeof x === 'string' || typeof y === 'string' || !x || !y) {
        if (x !== y) return `${path}: child ${i} is ${describe(y)}, expected ${describe(x)}`;
        continue;
      }
      const difference = walk(x, y, `${path} > ${step(x, i)}`);
      if (difference) return difference;
    }
    return undefined;
  };
  return walk(expected, actual, step(expected, 0));
}
