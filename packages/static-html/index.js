// Plain JavaScript on purpose: the site lists this package in `serverExternalPackages`, so Node loads
// it, and its `react` and `react-dom/server`, at run time, outside the bundler's react-server layer
// (where route handlers run and `react-dom/server` is not available).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderToStaticMarkup } from 'react-dom/server'

/**
 * A complete HTML document from a tree whose root is <html>: static markup only (no hydration
 * markers, no scripts of React's own). The tree's elements may come from the bundler's copy of React
 * and the renderer is this package's, so only synchronous function components without hooks or
 * context may be in it (the site's server components are).
 */
export function renderDocument(element) {
  return `<!DOCTYPE html>${renderToStaticMarkup(element)}`
}

/** The text of a file a package exports, e.g. "@versus/ui/styles.css", resolved the way Node does. */
export function readPackageFile(specifier) {
  return readFileSync(fileURLToPath(import.meta.resolve(specifier)), 'utf8')
}
