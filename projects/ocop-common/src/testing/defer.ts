import { ComponentFixture, DeferBlockFixture, DeferBlockState } from '@angular/core/testing';

/**
 * Renders every `@defer` block of the fixture in its complete state, nested ones too, loading their lazy
 * chunks, so a spec sees the page rather than its placeholder. A block already complete stays as it is
 * (Angular only moves a block forward), so calling this again after a navigation is safe.
 */
export async function renderDeferred(fixture: ComponentFixture<unknown>): Promise<void> {
  const render = async (blocks: DeferBlockFixture[]): Promise<void> => {
    for (const block of blocks) {
      await block.render(DeferBlockState.Complete);
      await render(await block.getDeferBlocks());
    }
  };
  await render(await fixture.getDeferBlocks());
  await fixture.whenStable();
}
