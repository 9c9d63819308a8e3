// Vite turns `?raw` imports into the file's text, as written.
declare module '*.css?raw' {
  const css: string;
  export default css;
}
