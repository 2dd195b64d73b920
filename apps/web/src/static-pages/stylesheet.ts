import { createHash } from 'node:crypto'
import { staticHtml } from './static-html'

export interface Stylesheet {
  /** "site-<hash>.css", served by app/assets/[file]/route.ts. */
  file: string
  /** Where the static pages link it. */
  path: string
  css: string
}

let stylesheet: Promise<Stylesheet> | undefined

/**
 * The site stylesheet (@versus/ui/styles.css, the one the App Router pages import) for the static
 * pages, under a name that changes with its content so it can be cached for ever.
 */
export function getStylesheet(): Promise<Stylesheet> {
  stylesheet ??= staticHtml().then(({ readPackageFile }) => {
    const css = readPackageFile('@versus/ui/styles.css')
    const file = `site-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`
    return { file, path: `/assets/${file}`, css }
  })
  return stylesheet
}
