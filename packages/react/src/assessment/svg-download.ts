// A chart drawn with `--sl-*` tokens and our stylesheet looks right only on the page. A
// download must look the same standalone, so the computed presentation of every element is
// written into its copy as attributes, with the page's background behind it.

const SVG_NS = 'http://www.w3.org/2000/svg';

// What our stylesheet may set on a chart's elements, as presentation attributes.
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** The first colour behind `element` that is not transparent; white when there is none. */
function backgroundOf(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const color = getComputedStyle(el).backgroundColor;
    if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return '#ffffff';
}

/**
 * The SVG file of a chart on the page: a copy with the computed fill, stroke and font of each
 * element inlined, its size from the `viewBox`, the page's background behind it, and no
 * reference to ids outside it.
 */
export function serializeChart(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(original);
    for (const name of PRESENTATION) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
  });
  copy.removeAttribute('aria-describedby');
  copy.setAttribute('xmlns', SVG_NS);
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0) {
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('x', String(box.x));
    background.setAttribute('y', String(box.y));
    background.setAttribute('width', String(box.width));
    background.setAttribute('height', String(box.height));
    background.setAttribute('fill', backgroundOf(svg));
    const title = copy.querySelector(':scope > title');
    copy.insertBefore(background, title ? title.nextSibling : copy.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The chart as an SVG file. */
export function chartSvgBlob(svg: SVGSVGElement): Blob {
  return new Blob([serializeChart(svg)], { type: 'image/svg+xml' });
}

/**
 * The chart as a PNG file at `scale` times its `viewBox` size (2: sharp on a high-density
 * screen and in a document), drawn from its SVG file.
 */
export async function chartPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const box = svg.viewBox.baseVal;
  const width = Math.ceil((box?.width || svg.clientWidth) * scale);
  const height = Math.ceil((box?.height || svg.clientHeight) * scale);
  const url = URL.createObjectURL(chartSvgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart as a PNG (no 2D canvas).');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('This browser could not encode the PNG.')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
