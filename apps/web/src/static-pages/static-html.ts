import type * as StaticHtml from '@versus/static-html'

let loaded: Promise<typeof StaticHtml> | undefined

/**
 * @versus/static-html (react-dom/server's static markup), loaded by Node at run time rather than
 * bundled. Route handlers are compiled for the react-server layer, where react-dom/server is not
 * offered (Next refuses to build such an import), and Turbopack bundles workspace packages even
 * when `serverExternalPackages` lists them (vercel/next.js#84388). `turbopackIgnore` (and
 * `webpackIgnore`, the same for webpack) is the bundlers' documented way to leave an import to the
 * runtime: Node resolves the package from node_modules, with its own `react` and `react-dom`.
 */
export function staticHtml(): Promise<typeof StaticHtml> {
  loaded ??= import(/* turbopackIgnore: true */ /* webpackIgnore: true */ '@versus/static-html')
  return loaded
}
