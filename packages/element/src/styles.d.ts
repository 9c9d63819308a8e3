// Vite turns `?inline` CSS imports into the stylesheet's text, its @import lines resolved.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
