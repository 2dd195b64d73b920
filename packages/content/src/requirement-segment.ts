/**
 * The URL segment of a requirement, from its refId as published: lowercase letters and digits, every
 * other run of characters one hyphen, so the printed structure stays readable in the address
 * ("A.5.1" → "a-5-1", "GV.OC-01" → "gv-oc-01", "AC-2(1)" → "ac-2-1", "Art. 21(2)(a)" → "art-21-2-a").
 * Letters with accents are reduced to their base letter. Empty when the refId has no letter or digit.
 */
export function requirementSegment(refId: string): string {
  return refId
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
