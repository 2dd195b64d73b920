import { createConfig } from './config'

export default createConfig()
