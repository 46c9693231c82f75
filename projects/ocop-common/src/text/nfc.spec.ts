import { nfc, nfcValueOf } from './nfc';

/** "Hữu Lễ" as a Telex IME on a decomposed (NFD) setting types it: base letters + combining marks. */
const HUU_LE_NFD = 'Hu\u031b\u0303u Le\u0302\u0303';
const HUU_LE_NFC = 'Hữu Lễ';

describe('nfc', () => {
  it('composes decomposed Vietnamese', () => {
    expect(HUU_LE_NFD).not.toBe(HUU_LE_NFC);
    expect(HUU_LE_NFD.length).toBe(10);

    expect(nfc(HUU_LE_NFD)).toBe(HUU_LE_NFC);
    expect(nfc(HUU_LE_NFD).length).toBe(6);
  });

  it('leaves NFC text, spaces included, as it is', () => {
    expect(nfc(' Hữu  Lễ ')).toBe(' Hữu  Lễ ');
    expect(nfc('')).toBe('');
  });
});

describe('nfcValueOf', () => {
  let input: HTMLInputElement;

  beforeEach(() => {
    input = document.body.appendChild(document.createElement('input'));
  });

  afterEach(() => input.remove());

  const inputEvent = (init: InputEventInit = {}): Event => {
    const event = new InputEvent('input', init);
    input.dispatchEvent(event);
    return event;
  };

  it('gives NFC text and writes it back into the control', () => {
    input.value = HUU_LE_NFD;

    expect(nfcValueOf(inputEvent())).toBe(HUU_LE_NFC);
    expect(input.value).toBe(HUU_LE_NFC);
  });

  it('keeps the caret where it was in the text', () => {
    input.focus();
    // The caret after "Hữu" of the decomposed text, i.e. in the middle.
    input.value = HUU_LE_NFD;
    input.setSelectionRange(5, 5);

    nfcValueOf(inputEvent());

    expect(input.value).toBe(HUU_LE_NFC);
    expect(input.selectionStart).toBe(3);
    expect(input.selectionEnd).toBe(3);
  });

  it('does not touch a control that is already NFC', () => {
    input.value = HUU_LE_NFC;
    input.focus();
    input.setSelectionRange(1, 1);

    expect(nfcValueOf(inputEvent())).toBe(HUU_LE_NFC);
    expect(input.selectionStart).toBe(1);
  });

  it('leaves decomposed text alone while an input method composes, and composes it at compositionend', () => {
    input.value = HUU_LE_NFD;

    expect(nfcValueOf(inputEvent({ isComposing: true }))).toBeNull();
    expect(input.value).toBe(HUU_LE_NFD);

    const end = new CompositionEvent('compositionend', { data: 'Lễ' });
    input.dispatchEvent(end);
    expect(nfcValueOf(end)).toBe(HUU_LE_NFC);
    expect(input.value).toBe(HUU_LE_NFC);
  });

  it('reads a select’s value too', () => {
    const select = document.createElement('select');
    select.append(new Option(HUU_LE_NFC, 'x'));
    const event = new Event('change');
    select.dispatchEvent(event);

    expect(nfcValueOf(event)).toBe('x');
  });
});
