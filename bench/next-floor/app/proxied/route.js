// The same answer with a proxy in front that lets every request through (proxy.js).
export { GET } from '../page/route.js'

export const dynamic = 'force-static'
export const revalidate = 300
