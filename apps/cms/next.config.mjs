import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The engine is an internal TypeScript package without a build step.
  transpilePackages: ['@versus/engine'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
