'use client'
import { SelectInput, useField } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'

import { usePairNames } from './use-editorial-data'

/** An override's side, offered by the two standards' names rather than "first" and "second". */
export const OverrideSideField: SelectFieldClientComponent = ({ field, path: pathFromProps }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError } = useField<string>({ path })
  const names = usePairNames()
  const options = [
    { label: names?.a ?? 'Shown first', value: 'a' },
    { label: names?.b ?? 'Shown second', value: 'b' },
  ]
  return (
    <div className="field-type select" style={{ flex: '1 1 auto', width: field.admin?.width }}>
      <SelectInput
        path={path}
        name={field.name}
        label="Standard"
        required={field.required}
        options={options}
        value={typeof value === 'string' ? value : undefined}
        showError={showError}
        isClearable={false}
        onChange={(option) => {
          const picked = Array.isArray(option) ? option[0] : option
          setValue(picked && typeof picked === 'object' && 'value' in picked ? String(picked.value) : null)
        }}
      />
    </div>
  )
}
