import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHECK_EVERY_MS, checkCmsHealth, cmsLooksDown, reportCmsResult } from './cms-health'

afterEach(() => {
  vi.restoreAllMocks()
})

/** A CMS whose health endpoint answers only when `release` is called. */
function slowCms() {
  let release: (r: Response) => void = () => {}
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>((resolve) => (release = resolve)))
  return { spy, release: (r: Response) => release(r) }
}

describe('cms health', () => {
  it('answers from memory at once, even while the CMS takes its time to answer a probe', async () => {
    reportCmsResult(true, 0)
    const cms = slowCms()
    // The last answer is old: a probe starts in the background, and this call does not wait for it.
    expect(cmsLooksDown(CHECK_EVERY_MS + 1)).toBe(false)
    expect(cms.spy).toHaveBeenCalledTimes(1)
    // Requests meanwhile join that probe rather than starting their own.
    expect(cmsLooksDown(CHECK_EVERY_MS + 2)).toBe(false)
    expect(cms.spy).toHaveBeenCalledTimes(1)
    cms.release(new Response('{}', { status: 503 }))
    await checkCmsHealth()
    expect(cmsLooksDown(Date.now())).toBe(true)
  })

  it('learns of an outage from a failed CMS request, and of the recovery from the next probe', async () => {
    reportCmsResult(false, Date.now())
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({}))
    expect(cmsLooksDown(Date.now())).toBe(true)
    expect(spy).not.toHaveBeenCalled()
    await checkCmsHealth()
    expect(cmsLooksDown(Date.now())).toBe(false)
  })

  it('counts an unreachable CMS as down', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'))
    expect(await checkCmsHealth()).toBe(true)
  })
})
