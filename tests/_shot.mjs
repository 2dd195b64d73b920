import { chromium } from '@playwright/test'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const p = await b.newPage({ viewport: { width: 390, height: 844 } })
await p.goto('http://localhost:3800/compare/gdpr-vs-iso-27701-vs-nis2')
await p.locator('#matrix').scrollIntoViewIfNeeded()
await p.screenshot({ path: '/tmp/matrix-390-view.png' })
await b.close()
