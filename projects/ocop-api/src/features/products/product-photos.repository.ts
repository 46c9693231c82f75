import type { FileKind, ProductPhoto } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import type { StoredFile } from '../attachments/send-stored-file';
import { isoInstant } from '../audit/audit.repository';

/**
 * Rows of product_photos (migration 0006). A row is inserted only in the transaction that moves its file into
 * the store (upload-product-photo.ts); storage keys are never derived from user input.
 */

export interface ProductPhotoRow extends StoredFile {
  productId: string;
}

export interface NewProductPhoto {
  productId: string;
  fileName: string;
  kind: FileKind;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
}

interface Row {
  id: string;
  product_id: string;
  file_name: string;
  kind: FileKind;
  size: string;
  sha256: string;
  storage_key: string;
}

const COLUMNS = 'id, product_id, file_name, kind, size::text as size, sha256, storage_key';

function toRow(row: Row): ProductPhotoRow {
  return {
    id: row.id,
    productId: row.product_id,
    fileName: row.file_name,
    kind: row.kind,
    size: Number(row.size),
    sha256: row.sha256,
    storageKey: row.storage_key,
  };
}

/** The photos of each of `productIds` in their order (callers have checked the products' scope). */
export async function photosOf(
  db: Queryable,
  productIds: readonly string[],
): Promise<Map<string, ProductPhoto[]>> {
  const photos = new Map<string, ProductPhoto[]>();
  if (productIds.length === 0) return photos;
  // Ids contain no comma; an array parameter is typed differently by the two drivers (see recordedStorageKeys).
  const rows = await db.query<Row & { uploaded_at: string }>(
    `select ${COLUMNS}, ${isoInstant('uploaded_at')} as uploaded_at
     from product_photos where product_id = any(string_to_array($1, ',')::uuid[])
     order by product_id, position`,
    [productIds.join(',')],
  );
  for (const row of rows) {
    const photo: ProductPhoto = {
      id: row.id,
      fileName: row.file_name,
      size: Number(row.size),
      sha256: row.sha256,
      uploadedAt: row.uploaded_at,
    };
    photos.set(row.product_id, [...(photos.get(row.product_id) ?? []), photo]);
  }
  return photos;
}

/** The photo of that product, or null. */
export async function findPhoto(
  db: Queryable,
  productId: string,
  photoId: string,
): Promise<ProductPhotoRow | null> {
  const [row] = await db.query<Row>(
    `select ${COLUMNS} from product_photos where id = $1 and product_id = $2`,
    [photoId, productId],
  );
  return row === undefined ? null : toRow(row);
}

/** Inserts the photo after the product's last one; call it with the product's row locked. */
export async function insertPhoto(tx: Queryable, photo: NewProductPhoto): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into product_photos (product_id, file_name, kind, size, sha256, storage_key, uploaded_by, position)
     values ($1, $2, $3, $4, $5, $6, $7,
             (select coalesce(max(position), 0) + 1 from product_photos where product_id = $1))
     returning id`,
    [
      photo.productId,
      photo.fileName,
      photo.kind,
      photo.size,
      photo.sha256,
      photo.storageKey,
      photo.uploadedBy,
    ],
  );
  if (row === undefined) throw new Error('insert into product_photos returned no id');
  return row.id;
}

/** Deletes the row; null when it was not there (any more). */
export async function deletePhoto(tx: Queryable, photoId: string): Promise<ProductPhotoRow | null> {
  const [row] = await tx.query<Row>(`delete from product_photos where id = $1 returning ${COLUMNS}`, [
    photoId,
  ]);
  return row === undefined ? null : toRow(row);
}
