import type { StandardSeed } from '../types'
import { dora } from './dora'
import { euAiAct } from './eu-ai-act'
import { gdpr } from './gdpr'
import { iso17025 } from './iso-17025'
import { iso27001 } from './iso-27001'
import { iso27002 } from './iso-27002'
import { iso27032 } from './iso-27032'
import { iso27701 } from './iso-27701'
import { iso9001 } from './iso-9001'
import { nis2 } from './nis2'
import { nistCsf2 } from './nist-csf-2'
import { nistSp80053 } from './nist-sp-800-53'
import { pciDss } from './pci-dss'
import { popia } from './popia'
import { ul29001 } from './ul-2900-1'

export {
  dora,
  euAiAct,
  gdpr,
  iso17025,
  iso27001,
  iso27002,
  iso27032,
  iso27701,
  iso9001,
  nis2,
  nistCsf2,
  nistSp80053,
  pciDss,
  popia,
  ul29001,
}

/** Seed order: information security family first, then privacy, cyber laws and frameworks, then the rest. */
export const standards: StandardSeed[] = [
  iso27001,
  iso27002,
  iso27701,
  iso27032,
  nistCsf2,
  nistSp80053,
  nis2,
  dora,
  gdpr,
  popia,
  euAiAct,
  pciDss,
  iso9001,
  iso17025,
  ul29001,
]
