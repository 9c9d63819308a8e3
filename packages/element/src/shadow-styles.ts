import assessmentCss from '@skill-ladder/react/assessment.css?inline';
import catalogCss from '@skill-ladder/react/catalog.css?inline';
import css from '@skill-ladder/react/styles.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * The package stylesheet for a shadow root, made once and shared by every element. It never
 * declares a public `--sl-*` token (its defaults are private, on the root inside), and custom
 * properties inherit into a shadow tree: so `--sl-*` values set by the page on the
 * `<skill-ladder>` element, or on any ancestor of it up to `:root`, win over the defaults.
 */
export function shadowStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${css}\n${catalogCss}\n${assessmentCss}\n:host { display: block; }`);
  }
  return sheet;
}
