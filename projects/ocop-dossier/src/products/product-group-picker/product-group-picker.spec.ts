import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTestElement, TestHost } from '@ocop/common/testing';
import { productGroupLeavesFor, productGroupsFor } from '@ocop/domain';
import { ProductGroupPicker } from './product-group-picker';

@Component({
  imports: [ProductGroupPicker],
  template: `<ocop-product-group-picker [code]="code()" (codeChange)="changed($event)" />`,
})
class PickerHost {
  readonly code = signal('');
  readonly changes: string[] = [];
  changed(code: string): void {
    this.changes.push(code);
    this.code.set(code);
  }
}

describe('ProductGroupPicker', () => {
  let fixture: ComponentFixture<PickerHost>;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideTestElement() });
    fixture = TestBed.createComponent(PickerHost);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  const select = (): HTMLSelectElement => el.querySelector<HTMLSelectElement>('#np-group')!;
  const radio = (set: string): HTMLInputElement =>
    el.querySelector<HTMLInputElement>(`#np-group-set-${set}`)!;
  const groupLabels = (): string[] =>
    Array.from(select().querySelectorAll('optgroup')).map((g) => g.getAttribute('label')!);

  async function chooseSet(set: string): Promise<void> {
    radio(set).checked = true;
    radio(set).dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function choose(code: string): Promise<void> {
    select().value = code;
    select().dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  it('starts on QĐ 1048, its 26 phân nhóm grouped by the 6 ngành', () => {
    expect(radio('1048').checked).toBeTrue();
    expect(radio('148').checked).toBeFalse();
    expect(el.querySelector('legend')!.textContent!.trim()).toBe('Phân loại theo bộ tiêu chí');
    expect(groupLabels()).toEqual([
      'Thực phẩm',
      'Đồ uống',
      'Thảo dược',
      'Thủ công mỹ nghệ, trang trí',
      'Vải, may mặc',
      'Dịch vụ du lịch nông thôn và bán hàng',
    ]);
    expect(select().options.length).toBe(27);
    expect(select().querySelector('optgroup[label="Đồ uống"] option')!.textContent!.trim()).toBe(
      '15. Rượu trắng',
    );
  });

  it('offers the QĐ 148 tree after switching: 6 nhóm, the level between written before the name', async () => {
    await chooseSet('148');
    expect(select().dataset['set']).toBe('148');
    expect(groupLabels()).toEqual([
      'Thực phẩm',
      'Đồ uống',
      'Dược liệu và sản phẩm từ dược liệu',
      'Hàng thủ công mỹ nghệ',
      'Sinh vật cảnh',
      'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    ]);
    const food = Array.from(select().querySelectorAll('optgroup[label="Thực phẩm"] option'));
    expect(food[0].textContent!.trim()).toBe('Thực phẩm tươi sống › Rau, củ, quả, hạt tươi');
    const ornamental = Array.from(select().querySelectorAll('optgroup[label="Sinh vật cảnh"] option'));
    expect(ornamental.map((o) => o.textContent!.trim())).toEqual(['Hoa', 'Cây cảnh', 'Động vật cảnh']);
    expect(select().querySelector<HTMLOptionElement>('optgroup[label="Đồ uống"] option')!.value).toBe(
      '148-2',
    );
  });

  it('emits the chosen code, and clears it when the set changes', async () => {
    await choose('15');
    expect(fixture.componentInstance.changes).toEqual(['15']);

    await chooseSet('148');
    expect(fixture.componentInstance.changes).toEqual(['15', '']);
    expect(select().value).toBe('');
    // Still on 148 while nothing is chosen.
    expect(radio('148').checked).toBeTrue();

    await choose('148-5.2');
    expect(fixture.componentInstance.changes).toEqual(['15', '', '148-5.2']);
    expect(select().value).toBe('148-5.2');
  });

  it('opens on the set of the code it is given (a restored draft)', async () => {
    fixture.componentInstance.code.set('148-1.3.a');
    await fixture.whenStable();
    expect(radio('148').checked).toBeTrue();
    expect(select().value).toBe('148-1.3.a');
  });

  it('names every QĐ 148 level exactly as the domain does on Vietnamese screens', async () => {
    await chooseSet('148');
    const shown = Array.from(select().querySelectorAll('option'))
      .slice(1)
      .map((o) => o.textContent!.trim());
    const expected = productGroupLeavesFor('148').map((leaf) =>
      [...leaf.path.slice(1).map((p) => p.name), leaf.name].join(' › '),
    );
    expect(shown).toEqual(expected);
    expect(groupLabels()).toEqual(productGroupsFor('148').map((top) => top.name));
  });

  it('translates the QĐ 148 names and the ngành of QĐ 1048 on English screens', async () => {
    TestBed.inject(TestHost).locale.set('en');
    await fixture.whenStable();
    expect(groupLabels()[2]).toBe('Herbal products');
    await chooseSet('148');
    expect(groupLabels()[2]).toBe('Medicinal herbs and herbal products');
    expect(select().querySelector('optgroup[label="Food"] option')!.textContent!.trim()).toBe(
      'Fresh food › Fresh vegetables, tubers, fruit and nuts',
    );
    expect(el.querySelector('label[for="np-group"]')!.textContent!.replace('*', '').trim()).toBe(
      'Product group (Decision 148)',
    );
  });

  it('labels the sets and the group in English', async () => {
    TestBed.inject(TestHost).locale.set('en');
    await fixture.whenStable();
    const labels = Array.from(el.querySelectorAll('label')).map((l) =>
      l.textContent!.replace('*', '').trim(),
    );
    expect(labels).toEqual(['Decision 1048/2019', 'Decision 148/2023', 'Product sub-group (Decision 1048)']);
    expect(select().options[1].textContent!.trim()).toBe('1. Fresh vegetables, tubers, fruit and nuts');
  });
});
