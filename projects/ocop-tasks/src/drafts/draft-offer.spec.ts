import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormDrafts, Translator } from '@ocop/common';
import { provideTestElement } from '@ocop/common/testing';
import { specAuth } from '../tasks/task-detail/testing/task-page-harness';
import { DraftOffer } from './draft-offer';

interface Value {
  title: string;
}

describe('DraftOffer', () => {
  let drafts: FormDrafts;
  let offer: DraftOffer<Value>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: specAuth('spec-draft-offer') }) });
    drafts = TestBed.inject(FormDrafts);
    offer = new DraftOffer<Value>(drafts, TestBed.inject(Translator));
  });

  afterEach(() => localStorage.clear());

  it('keeps the value only once the user has typed, under the form’s key', () => {
    const value = signal<Value>({ title: 'như đã tải' });
    runInInjectionContext(TestBed.inject(Injector), () => offer.keep(() => 'form:1', value));
    TestBed.tick();
    expect(drafts.load('form:1')).toBeNull();

    offer.touched = true;
    value.set({ title: 'Nhiệm vụ đang soạn' });
    TestBed.tick();
    expect(drafts.load<Value>('form:1')?.value).toEqual({ title: 'Nhiệm vụ đang soạn' });
  });

  it('offers a kept draft with when it was saved, and hands it over once', () => {
    drafts.save<Value>('form:1', { title: 'Bản nháp' });
    offer.offerSaved('form:1');
    expect(offer.offered()?.value).toEqual({ title: 'Bản nháp' });
    expect(offer.offeredAt()).not.toBe('');

    expect(offer.take()).toEqual({ title: 'Bản nháp' });
    expect(offer.touched).toBeTrue();
    expect(offer.offered()).toBeNull();
    expect(offer.take()).toBeNull();
  });

  it('offers nothing for a kept value that is not a form’s, and forgets a discarded draft', () => {
    drafts.save('form:1', 'chữ');
    offer.offerSaved('form:1');
    expect(offer.offered()).toBeNull();

    drafts.save<Value>('form:2', { title: 'Bỏ đi' });
    offer.offerSaved('form:2');
    offer.discard('form:2');
    expect(offer.offered()).toBeNull();
    expect(drafts.load('form:2')).toBeNull();
  });
});
