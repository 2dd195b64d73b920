// Configured as apps/web is where it matters to a cached answer: compression on, no X-Powered-By.
export default {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  compress: true,
  poweredByHeader: false,
}
