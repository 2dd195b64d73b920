'use client'
import { Button, useForm, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import { usePairNames } from './use-editorial-data'
import './editorial.scss'

const SIDE_PATH = /^aspectOverrides\.\d+\.side$/

/**
 * "Shown as ISO 27001 vs SOC 2", and a button that swaps the two standards. The overrides' sides
 * swap with them, so each override stays with its standard (the server does the same for a swap
 * made in the two pickers: keepOverrideSides).
 */
export const PairOrderField: UIFieldClientComponent = () => {
  const names = usePairNames()
  const { setModified } = useForm()
  const [fields, dispatch] = useFormFields(([state, dispatchFields]) => [state, dispatchFields] as const)
  const a = fields.standardA?.value
  const b = fields.standardB?.value
  if (a === undefined || a === null || a === '' || b === undefined || b === null || b === '') return null

  function swap() {
    dispatch({ type: 'UPDATE', path: 'standardA', value: b })
    dispatch({ type: 'UPDATE', path: 'standardB', value: a })
    for (const [path, field] of Object.entries(fields)) {
      if (SIDE_PATH.test(path) && (field.value === 'a' || field.value === 'b')) {
        dispatch({ type: 'UPDATE', path, value: field.value === 'a' ? 'b' : 'a' })
      }
    }
    setModified(true)
  }

  return (
    <div className="versus-pair-order" data-testid="pair-order">
      <span>
        Shown on the site as <strong>{names ? `${names.a} vs ${names.b}` : '…'}</strong>
      </span>
      <Button buttonStyle="secondary" size="small" margin={false} onClick={swap}>
        {names ? `Swap order: ${names.b} first` : 'Swap order'}
      </Button>
    </div>
  )
}
