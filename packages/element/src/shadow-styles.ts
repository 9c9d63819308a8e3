import css from '@skill-ladder/react/styles.css?raw';

let sheet: CSSStyleSheet | undefined;

/**
 * The package stylesheet for a shadow root, made once and shared by every element. Its token
 * defaults move from `.sl-root` to `:host`, so that `--sl-*` values set on the
 * `<skill-ladder>` element by the page win over them and reach everything inside.
 */
export function shadowStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      [
        css.replace(/:where\(\.sl-root\)\s*\{/, ':host {'),
        ':host { display: block; }',
        // light-dark() in the tokens resolves where they are declared, now the host.
        ":host([theme='dark']) { color-scheme: dark; }",
        ":host([theme='light']) { color-scheme: light; }",
      ].join('\n'),
    );
  }
  return sheet;
}
