/**
 * Vietnamese text arrives in two Unicode forms: precomposed (NFC, "ữ" is one code point) and decomposed
 * (NFD, "ư" + combining tilde), which some Telex/VNI input methods, macOS and copied PDF text produce. Both
 * look the same but compare, search, count and sort differently, so OCOP forms keep and send NFC only.
 */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * The NFC value of the control an `input`, `change` or `compositionend` event came from, for a form's update
 * handler. When the control holds another form, its text is replaced by the NFC one with the caret kept in
 * place, so the control and the model agree (and binding the model back changes nothing).
 * While an input method is still composing decomposed text, the control is left alone and null is returned:
 * rewriting it would break the composition. Listen to `compositionend` too, which delivers the final text.
 */
export function nfcValueOf(event: Event): string | null {
  const control = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  const raw = control.value;
  const value = nfc(raw);
  if (value === raw) return value;
  if ((event as Partial<InputEvent>).isComposing) return null;
  if (control instanceof HTMLSelectElement) return value;
  // Some input types (email, number) have no selection; they just get the new value.
  const caret =
    typeof control.selectionEnd === 'number' ? nfc(raw.slice(0, control.selectionEnd)).length : null;
  control.value = value;
  // Only for the focused control (inside its shadow root): moving a selection may focus it in some browsers.
  const root = control.getRootNode() as Document | ShadowRoot;
  if (caret !== null && root.activeElement === control) control.setSelectionRange(caret, caret);
  return value;
}
