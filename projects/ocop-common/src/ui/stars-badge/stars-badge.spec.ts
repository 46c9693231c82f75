import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTestHost, TestHost } from '@ocop/common/testing';
import { Translator } from '../../i18n/translator';
import { StarsBadge } from './stars-badge';

describe('StarsBadge', () => {
  let fixture: ComponentFixture<StarsBadge>;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestHost(), Translator] });
  });

  async function render(stars: number): Promise<void> {
    fixture = TestBed.createComponent(StarsBadge);
    fixture.componentRef.setInput('stars', stars);
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
  }

  const badge = (): HTMLElement => el.querySelector<HTMLElement>('.stars-badge')!;

  it('draws filled and empty stars and writes the count: "★★★★☆ 4 sao"', async () => {
    await render(4);
    expect(badge().textContent!.replace(/\s+/g, ' ').trim()).toBe('★★★★☆ 4 sao');
    expect(el.querySelector('.filled')!.textContent).toBe('★★★★');
    expect(el.querySelector('.empty')!.textContent).toBe('☆');
    expect(badge().dataset['stars']).toBe('4');
  });

  it('gives assistive technology the text once, not the glyphs', async () => {
    await render(3);
    expect(badge().getAttribute('role')).toBe('img');
    expect(badge().getAttribute('aria-label')).toBe('3 sao');
    expect(el.querySelector('.glyphs')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('writes English when the host switches, singular for one star', async () => {
    await render(1);
    TestBed.inject(TestHost).locale.set('en');
    await fixture.whenStable();
    expect(badge().getAttribute('aria-label')).toBe('1 star');
    fixture.componentRef.setInput('stars', 5);
    await fixture.whenStable();
    expect(badge().textContent!.replace(/\s+/g, ' ').trim()).toBe('★★★★★ 5 stars');
  });

  it('clamps values outside 0..5 instead of drawing a broken badge', async () => {
    await render(7);
    expect(el.querySelector('.filled')!.textContent).toBe('★★★★★');
    expect(el.querySelector('.empty')!.textContent).toBe('');
  });
});
