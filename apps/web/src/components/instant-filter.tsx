'use client'

import { useEffect } from 'react'
import { FILTER_KEYS, matchesFilters, type StandardFilters } from '@/lib/discovery/filters'

/**
 * Filters an already rendered list as the visitor types or picks a facet. The
 * server renders the same list for a filtered URL, so without JavaScript the
 * form's submit does the same job. Renders nothing of its own; a few hundred bytes of JS.
 */
export function InstantFilter({ formId, listId, noun }: { formId: string; listId: string; noun: string }) {
  useEffect(() => {
    const form = document.getElementById(formId)
    const list = document.getElementById(listId)
    if (!(form instanceof HTMLFormElement) || !list) return

    const current = (): StandardFilters => {
      const data = new FormData(form)
      const filters = {} as StandardFilters
      for (const key of FILTER_KEYS) filters[key] = String(data.get(key) ?? '').trim()
      return filters
    }

    const apply = () => {
      const filters = current()
      const items = list.querySelectorAll<HTMLElement>('[data-filter-item]')
      let shown = 0
      for (const item of items) {
        const d = item.dataset
        const match = matchesFilters(
          { text: d.text ?? '', category: d.category ?? '', obligation: d.obligation ?? '', jurisdiction: d.jurisdiction ?? '', nature: d.nature ?? '' },
          filters,
        )
        item.hidden = !match
        if (match) shown++
      }
      for (const group of list.querySelectorAll<HTMLElement>('[data-filter-group]')) {
        group.hidden = group.querySelector('[data-filter-item]:not([hidden])') === null
      }
      const status = list.querySelector<HTMLElement>('[data-filter-status]')
      if (status) status.textContent = `Showing ${shown} of ${items.length} ${noun}.`
      const empty = list.querySelector<HTMLElement>('[data-filter-empty]')
      if (empty) empty.hidden = shown > 0
      return filters
    }

    const onSubmit = (event: SubmitEvent) => {
      const submitter = event.submitter
      // Only the filter button stays on the page; the picker's "Compare" button submits as usual.
      if (submitter instanceof HTMLElement && !submitter.hasAttribute('data-filter-submit')) return
      event.preventDefault()
      const filters = apply()
      const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''))
      const search = query.toString()
      history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`)
    }

    form.addEventListener('input', apply)
    form.addEventListener('change', apply)
    form.addEventListener('submit', onSubmit)
    return () => {
      form.removeEventListener('input', apply)
      form.removeEventListener('change', apply)
      form.removeEventListener('submit', onSubmit)
    }
  }, [formId, listId, noun])
  return null
}
