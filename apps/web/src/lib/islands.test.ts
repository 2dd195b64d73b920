import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The edge (edge/html.mjs) sends a page without the framework runtime unless something on it is
 * marked `data-island`. A client component that needs JavaScript after the page loads must therefore
 * render that marker, or it would silently stop working on cached pages. This test keeps the rule.
 */
const roots = [path.resolve(import.meta.dirname, '..'), path.resolve(import.meta.dirname, '../../../../packages/ui/src')]

/** Client components whose server-rendered HTML is the whole feature: nothing to do after load. */
const NO_JS_AFTER_LOAD: Record<string, string> = {}

function clientComponents(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx$/.test(entry.name) && !entry.name.includes('.test.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => /^['"]use client['"]/m.test(readFileSync(file, 'utf8')))
}

describe('client components and the edge', () => {
  const files = roots.flatMap(clientComponents)

  it('finds the client components', () => {
    expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['instant-filter.tsx', 'live-preview-refresh.tsx', 'error.tsx']))
  })

  it.each(files.map((f) => [path.basename(f), f]))('%s marks itself as an island or needs no JavaScript after load', (name, file) => {
    if (name in NO_JS_AFTER_LOAD) return
    expect(readFileSync(file, 'utf8')).toMatch(/data-island="[a-z-]+"/)
  })
})
