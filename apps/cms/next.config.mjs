import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The browser tests build into their own folder so a running `npm start` is left alone.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The engine is an internal TypeScript package without a build step.
  transpilePackages: ['@versus/engine'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
