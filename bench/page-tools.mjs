// Helpers for bench/page-throughput.mjs: wrk and nginx, page weight, Lighthouse, an uncached render.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { run } from '../scripts/lib/processes.mjs'
import { cmsDir, root } from '../scripts/lib/stack.mjs'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || null
}

/** wrk and nginx, installed from Debian when missing and running as root; null with the reason otherwise. */
export function ensureWrkAndNginx(log) {
  const missing = ['wrk', 'nginx'].filter((c) => !which(c) && !existsSync(`/usr/sbin/${c}`))
  if (missing.length === 0) return null
  if (process.getuid?.() !== 0) return `${missing.join(' and ')} not installed (apt-get install -y wrk nginx as root)`
  log(`Installing ${missing.join(' and ')} from Debian…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  let result = spawnSync('apt-get', ['install', '-y', 'wrk', 'nginx'], { stdio: 'inherit', env })
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env })
    result = spawnSync('apt-get', ['install', '-y', 'wrk', 'nginx'], { stdio: 'inherit', env })
  }
  return result.status === 0 ? null : 'apt-get install -y wrk nginx failed'
}

function toMs(value, unit) {
  const n = Number(value)
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n
}

/** One `wrk -t2 -c64 -d15s --latency` run: req/s, p50/p99 latency (ms), errors. */
export function wrk(url, { gzip, duration = '15s' }) {
  const args = ['-t2', '-c64', `-d${duration}`, '--latency', ...(gzip ? ['-H', 'Accept-Encoding: gzip'] : []), url]
  const result = spawnSync('wrk', args, { encoding: 'utf8', maxBuffer: 1 << 20 })
  const out = result.stdout
  const latency = (p) => {
    const m = out.match(new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm'))
    return m ? toMs(m[1], m[2]) : null
  }
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0)
  return {
    reqPerSec: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0),
    p50Ms: latency(50),
    p99Ms: latency(99),
    errors: non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  }
}

/** nginx (2 workers, no access log) serving `html` as a static file, with a precompressed .gz beside it. */
export async function startNginx({ dir, port, html }) {
  const www = path.join(dir, 'www')
  await mkdir(www, { recursive: true })
  await writeFile(path.join(www, 'page.html'), html)
  await writeFile(path.join(www, 'page.html.gz'), gzipSync(html, { level: 9 }))
  const conf = path.join(dir, 'nginx.conf')
  await writeFile(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 2048; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type text/html;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    gzip_static on;
  }
}
`,
  )
  await mkdir(path.join(dir, 'tmp'), { recursive: true })
  const nginx = which('nginx') || '/usr/sbin/nginx'
  const child = spawn(nginx, ['-c', conf, '-p', dir], { detached: true, stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}/page.html`
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    },
  }
}

/** Raw and gzip bytes of a page's HTML and of the CSS and JS its browser actually loads. */
export async function pageWeight(url) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
  const assets = new Map()
  try {
    const page = await browser.newPage()
    page.on('response', (response) => {
      const type = response.request().resourceType()
      if (type === 'script' || type === 'stylesheet') assets.set(response.url(), type)
    })
    await page.goto(url, { waitUntil: 'networkidle' })
  } finally {
    await browser.close()
  }
  const measure = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes).length })
  const sum = (items) => items.reduce((t, i) => ({ raw: t.raw + i.raw, gzip: t.gzip + i.gzip }), { raw: 0, gzip: 0 })
  const html = measure(Buffer.from(await (await fetch(url)).arrayBuffer()))
  const files = []
  for (const [asset, type] of assets) {
    files.push({ url: new URL(asset).pathname, type, ...measure(Buffer.from(await (await fetch(asset)).arrayBuffer())) })
  }
  const js = files.filter((f) => f.type === 'script')
  const css = files.filter((f) => f.type === 'stylesheet')
  return { html, css: { files: css.length, ...sum(css) }, js: { chunks: js.length, ...sum(js) }, assets: files }
}

/** Lighthouse 12 on its default mobile emulation, with Debian Chromium. Category scores 0–100. */
export async function lighthouse(url, outDir) {
  const bin = path.join(root, 'node_modules/.bin/lighthouse')
  if (!existsSync(bin)) return { skipped: 'lighthouse is not installed (npm install -D lighthouse@12.2.3 at the root)' }
  const output = path.join(outDir, 'lighthouse.json')
  const { code } = await run(
    bin,
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { cwd: root, env: { ...process.env, CHROME_PATH: CHROMIUM }, allowFailure: true },
  )
  if (code !== 0) return { skipped: `lighthouse exited with ${code}` }
  const report = JSON.parse(await readFile(output, 'utf8'))
  await rm(output, { force: true })
  const scores = Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]))
  const audit = (id) => report.audits[id]?.numericValue ?? null
  return {
    version: report.lighthouseVersion,
    formFactor: report.configSettings?.formFactor,
    scores,
    metrics: { fcpMs: audit('first-contentful-paint'), lcpMs: audit('largest-contentful-paint'), tbtMs: audit('total-blocking-time'), cls: audit('cumulative-layout-shift') },
  }
}

/**
 * Adds `count` generated standards (copies of one seeded record) and two comparisons between them
 * through the CMS import CLI, then times the first (uncached) render of each comparison page.
 */
export async function uncachedRender({ env, site, dir, count = 500, log }) {
  const exported = path.join(dir, 'export.json')
  await run('npm', ['run', 'export', '--silent', '--', exported], { cwd: cmsDir, env: { ...env, INIT_CWD: dir } })
  const content = JSON.parse(await readFile(exported, 'utf8'))
  const template = content.standards.find((s) => s.status !== 'draft') ?? content.standards[0]
  const pad = (n) => String(n).padStart(3, '0')
  const standards = Array.from({ length: count }, (_, i) => ({
    ...template,
    slug: `bench-${pad(i + 1)}`,
    shortName: `Bench ${pad(i + 1)}`,
    officialTitle: `Bench standard ${pad(i + 1)}`,
    related: [],
    status: 'published',
  }))
  const comparisons = [
    { standards: ['bench-001', 'bench-002'], summary: 'Generated for the page benchmark.' },
    { standards: ['bench-003', 'bench-004'], summary: 'Generated for the page benchmark.' },
  ]
  const file = path.join(dir, 'bench-standards.json')
  await writeFile(file, JSON.stringify({ format: 'versus/1', standards, comparisons }))
  log(`Importing ${count} generated standards through the CMS import CLI…`)
  const started = performance.now()
  await run('npm', ['run', 'import', '--silent', '--', file], { cwd: cmsDir, env: { ...env, INIT_CWD: dir } })
  const importMs = performance.now() - started
  const renders = []
  for (const pair of ['bench-001-vs-bench-002', 'bench-003-vs-bench-004']) {
    const url = `${site}/compare/${pair}`
    const t0 = performance.now()
    const first = await fetch(url)
    await first.text()
    const firstMs = performance.now() - t0
    const t1 = performance.now()
    const second = await fetch(url)
    await second.text()
    renders.push({ path: `/compare/${pair}`, status: first.status, uncachedMs: Math.round(firstMs), cachedMs: Math.round(performance.now() - t1) })
  }
  return { standardsInDatabase: content.standards.length + count, importMs: Math.round(importMs), renders }
}
