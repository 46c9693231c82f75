import { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/console-errors';
import { Portal } from '../pages/portal';

/** A PDF the API accepts (it checks the content, not the name), padded to `size` bytes. */
function pdf(size: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n% hồ sơ OCOP\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20), tail]);
}

async function signedIn(browser: Browser, path: string, username: string): Promise<Portal> {
  const context = await browser.newContext();
  const portal = new Portal(await context.newPage());
  await portal.signIn(path, username);
  return portal;
}

function item(page: Page, id: string): Locator {
  return page.locator(`ocop-dossier-app article.item[data-item="${id}"]`);
}

async function upload(page: Page, itemId: string, name: string, bytes: Buffer): Promise<void> {
  const row = item(page, itemId);
  await row.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await expect(row.locator('.upload .done')).toHaveText(`Đã tải lên “${name}”.`);
  await expect(row.locator('ocop-attachment-list')).toContainText(name);
}

/** Takes a workflow action through its confirmation dialog. */
async function act(page: Page, action: string, comment = ''): Promise<void> {
  await page.locator(`ocop-dossier-app button.action[data-action="${action}"]`).click();
  const dialog = page.locator('ocop-dossier-app ocop-action-bar dialog.confirm');
  await expect(dialog).toBeVisible();
  if (comment) await dialog.locator('textarea').fill(comment);
  await dialog.locator('button.confirm-action').click();
  await expect(dialog).toBeHidden();
}

test('a commune officer builds a dossier, the district returns an item, the commune fixes it, the district accepts', async ({
  page,
  browser,
  consoleErrors,
}) => {
  test.setTimeout(240_000);
  const suffix = String(Date.now()).slice(-6);
  const producerName = `Hộ kinh doanh Nông Thị Mây ${suffix}`;
  const productName = `Khăn thổ cẩm Hữu Lễ ${suffix}`;
  const commune = new Portal(page);

  // 1. The commune officer of Hữu Lễ registers the producer…
  await commune.signIn('/ocop/dossiers/producers/new', 'xa.huule');
  const producerForm = page.locator('ocop-new-producer-form');
  await producerForm.locator('#pr-type').selectOption('ho-kinh-doanh');
  await producerForm.locator('#pr-name').fill(producerName);
  await producerForm.locator('#pr-representative-name').fill('Nông Thị Mây');
  await producerForm.locator('#pr-phone').fill('0912 345 678');
  await expect(producerForm.locator('#pr-commune')).toHaveValue('06322');
  await producerForm.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('ocop-producer-list')).toContainText(producerName);

  // …and the product (an existing product, biểu 02; a handicraft, so no food-safety certificate is due).
  await page.goto('/ocop/dossiers/products/new');
  const productForm = page.locator('ocop-new-product-form');
  await productForm.locator('#np-name').fill(productName);
  await productForm.locator('#np-producer').selectOption({ label: `${producerName} — Xã Hữu Lễ` });
  await productForm.locator('#np-group').selectOption('23');
  await productForm.locator('#np-description').fill('Khăn dệt tay từ sợi bông, hoa văn Tày – Nùng.');
  await productForm.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('ocop-product-list')).toContainText(productName);

  // 2. …opens a dossier under QĐ 1048, found by a search without diacritics.
  await page.goto('/ocop/dossiers/new');
  const dossierForm = page.locator('ocop-new-dossier-form');
  await dossierForm.locator('#nd-search').fill(`khan tho cam huu le ${suffix}`);
  await expect(dossierForm.locator('#nd-product option')).toHaveCount(1);
  await dossierForm.locator('#nd-product').selectOption({ index: 0 });
  await dossierForm.getByLabel('QĐ 1048/QĐ-TTg (2019)').check();
  await dossierForm.getByLabel('Lần đầu').check();
  await dossierForm.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await expect(page).toHaveURL(/\/ocop\/dossiers\/[0-9a-f-]{36}$/);
  const dossierUrl = new URL(page.url()).pathname;
  const state = page.locator('ocop-dossier-app dd.state');
  await expect(state).toHaveText('Đang chuẩn bị');

  // 3. Uploads the registration form with a progress bar: the upload is slowed down so the bar is seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 256 * 1024,
  });
  const form = item(page, 'phieu-dang-ky-san-pham');
  await form.locator('input[type="file"]').setInputFiles({
    name: 'Phiếu đăng ký sản phẩm (biểu 02).pdf',
    mimeType: 'application/pdf',
    buffer: pdf(1_500_000),
  });
  const progress = form.locator('.upload progress');
  await expect(progress).toBeVisible();
  await expect(form.locator('.upload .percent')).toContainText(
    /Đang tải lên “Phiếu đăng ký sản phẩm \(biểu 02\)\.pdf”: \d+\s?%/,
  );
  await expect(form.locator('.upload button.cancel')).toBeVisible();
  await expect(form.locator('.upload .done')).toBeVisible({ timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(form.locator('ocop-attachment-list')).toContainText('Phiếu đăng ký sản phẩm (biểu 02).pdf');
  await upload(page, 'phuong-an-kinh-doanh', 'Phương án kinh doanh.pdf', pdf(40_000));
  await upload(page, 'gioi-thieu-bo-may-to-chuc', 'Giới thiệu bộ máy tổ chức.pdf', pdf(30_000));
  // The product sample is handed over in person: the officer marks it provided.
  const sample = item(page, 'san-pham-mau');
  await sample.locator('select[name="status"]').selectOption('provided');
  await sample.getByRole('button', { name: 'Lưu thành phần' }).click();
  await expect(sample.locator('.status')).toHaveText('Đã cung cấp');

  // 4. Submits to the district.
  await act(page, 'submit', 'Xã đã kiểm tra hồ sơ cùng chủ thể.');
  await expect(state).toHaveText('Đã gửi huyện');

  // 5. The district officer returns it with a reason on one item.
  const district = await signedIn(browser, dossierUrl, 'vq.nongnghiep');
  const dpage = district.page;
  await expect(dpage.locator('ocop-dossier-app dd.state')).toHaveText('Đã gửi huyện');
  await dpage.locator('ocop-dossier-app button.action[data-action="return"]').click();
  const returnDialog = dpage.locator('ocop-dossier-app dialog.return');
  await expect(returnDialog).toBeVisible();
  const returned = returnDialog.locator('.return-item[data-item="phuong-an-kinh-doanh"]');
  await returned.locator('input[type="checkbox"]').check();
  await returned.locator('textarea').fill('Thiếu phương án tiêu thụ và giá thành năm đầu.');
  await returnDialog.locator('button.send-return').click();
  await expect(returnDialog).toBeHidden();
  await expect(dpage.locator('ocop-dossier-app dd.state')).toHaveText('Trả lại để bổ sung');

  // 6. The commune officer sees the reason, replaces the document, marks the item provided and resubmits.
  await page.reload();
  await expect(state).toHaveText('Trả lại để bổ sung');
  const plan = item(page, 'phuong-an-kinh-doanh');
  await expect(plan.locator('.return-reason')).toContainText(
    'Thiếu phương án tiêu thụ và giá thành năm đầu.',
  );
  await upload(page, 'phuong-an-kinh-doanh', 'Phương án kinh doanh (bổ sung).pdf', pdf(50_000));
  await plan.locator('select[name="status"]').selectOption('provided');
  await plan.getByRole('button', { name: 'Lưu thành phần' }).click();
  await expect(plan.locator('.status')).toHaveText('Đã cung cấp');
  await act(page, 'resubmit');
  await expect(state).toHaveText('Đã nộp lại');

  // 7. The district officer accepts it for evaluation.
  await dpage.reload();
  await expect(dpage.locator('ocop-dossier-app dd.state')).toHaveText('Đã nộp lại');
  await act(dpage, 'accept');
  await expect(dpage.locator('ocop-dossier-app dd.state')).toHaveText('Đã tiếp nhận để đánh giá');

  // 8. The timeline shows the five steps with names and times.
  const entries = dpage.locator('ocop-dossier-app .timeline ol.entries > li');
  const steps = [
    { what: 'Tạo hồ sơ', who: 'Vi Văn Em (xa.huule)' },
    { what: 'Gửi huyện', who: 'Vi Văn Em (xa.huule)' },
    { what: 'Trả lại để bổ sung', who: 'Hoàng Văn Cường (vq.nongnghiep)' },
    { what: 'Nộp lại', who: 'Vi Văn Em (xa.huule)' },
    { what: 'Tiếp nhận', who: 'Hoàng Văn Cường (vq.nongnghiep)' },
  ];
  const transitions = entries.filter({
    has: dpage.locator('p.what', { hasText: /^(Tạo hồ sơ|Gửi huyện|Trả lại để bổ sung|Nộp lại|Tiếp nhận)/ }),
  });
  await expect(transitions).toHaveCount(steps.length);
  for (const [i, step] of steps.entries()) {
    const entry = transitions.nth(i);
    await expect(entry.locator('p.what')).toContainText(step.what);
    await expect(entry.locator('.who')).toContainText(step.who);
    await expect(entry.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  }
  await expect(transitions.nth(2)).toContainText('Thiếu phương án tiêu thụ và giá thành năm đầu.');
  await district.page.context().close();
  expect(consoleErrors).toEqual([]);
});
