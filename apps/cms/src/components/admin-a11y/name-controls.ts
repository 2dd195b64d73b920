/**
 * Accessible names and states Payload 3's own admin components leave out (docs/known-issues.md,
 * "Admin accessibility"). Each rule finds one kind of unnamed control and gives it a name (or takes
 * a hidden control out of the tab order). Only attributes React does not manage for these elements
 * are set, so a re-render keeps them; elements React adds later are handled on the next pass.
 */

/** An element's accessible name from aria-label, aria-labelledby, a <label> or title (enough to skip named ones). */
function hasName(el: Element): boolean {
  if (el.getAttribute('aria-label')?.trim()) return true
  if (el.getAttribute('aria-labelledby')?.trim()) return true
  if (el.getAttribute('title')?.trim()) return true
  if (el instanceof HTMLInputElement && el.labels && [...el.labels].some((l) => l.textContent?.trim())) return true
  return false
}

function nameIfUnnamed(el: Element, name: string) {
  if (!hasName(el)) el.setAttribute('aria-label', name)
}

/**
 * The visible label of the Payload field an element sits in, as text: copied rather than pointed
 * at with aria-labelledby, because React may replace the label element (and drop an id we gave it).
 */
function fieldLabel(el: Element): string | undefined {
  const label = el.closest('.field-type')?.querySelector('.field-label')
  const text = label?.textContent?.replace(/\*\s*$/, '').trim()
  return text || undefined
}

function labelByField(el: Element, fallback: string) {
  if (!hasName(el)) el.setAttribute('aria-label', fieldLabel(el) ?? fallback)
}

function each(root: ParentNode, selector: string, fix: (el: HTMLElement) => void) {
  root.querySelectorAll<HTMLElement>(selector).forEach(fix)
}

/** The popup menus' trigger buttons, named by the menu they open. */
const POPUP_NAMES: [string, string][] = [
  ['.doc-controls__popup', 'More document actions'],
  ['.clipboard-action__popup', 'Copy or paste rows'],
  ['.array-actions', 'Row actions'],
]

export function nameAdminControls(root: ParentNode = document) {
  // List view: pagination arrows and row checkboxes.
  each(root, 'button.clickable-arrow--left', (el) => nameIfUnnamed(el, 'Previous page'))
  each(root, 'button.clickable-arrow--right', (el) => nameIfUnnamed(el, 'Next page'))
  each(root, '.checkbox-input__input input[type="checkbox"]', (el) => {
    if (hasName(el)) return
    el.setAttribute('aria-label', el.closest('thead, .select-all') ? 'Select all rows' : 'Select row')
  })

  // Selects (react-select), date pickers and rich text: named by their field's visible label.
  each(root, 'input[id^="react-select-"][id$="-input"]', (el) => labelByField(el, 'Choose an option'))
  each(root, '.react-datepicker__input-container input', (el) => labelByField(el, 'Date'))
  each(root, '[contenteditable="true"][role="textbox"]', (el) => labelByField(el, 'Rich text'))
  // react-select's indicators are aria-hidden (the input itself opens and clears the select from
  // the keyboard) but Payload renders them as focusable buttons.
  each(root, '.rs__indicators [aria-hidden="true"]', (el) => {
    if (el.tabIndex >= 0) el.setAttribute('tabindex', '-1')
  })
  each(root, '.date-time-picker__clear-button', (el) => nameIfUnnamed(el, 'Clear date'))

  // Edit view: popup menu triggers, drag handles of array rows, the document tabs.
  each(root, '.popup-button', (el) => {
    if (hasName(el) || el.textContent?.trim()) return
    const match = POPUP_NAMES.find(([selector]) => el.closest(selector))
    el.setAttribute('aria-label', match ? match[1] : 'More options')
  })
  each(root, '.collapsible__drag[role="button"]', (el) => nameIfUnnamed(el, 'Drag to reorder'))
  // A <ul> of buttons and links, not of <li>s: present it as the group of links it is.
  each(root, 'ul.doc-tabs__tabs', (el) => {
    if (!el.getAttribute('role')) el.setAttribute('role', 'none')
  })

  // The live-preview panel: its frame and the toolbar's width and height boxes.
  each(root, 'input[name="live-preview-width"]', (el) => nameIfUnnamed(el, 'Preview width in pixels'))
  each(root, 'input[name="live-preview-height"]', (el) => nameIfUnnamed(el, 'Preview height in pixels'))
  // Payload's IframeLoader renders it with its own class and no title.
  each(root, 'iframe#live-preview-iframe', (el) => nameIfUnnamed(el, 'Live preview of the page'))
}
