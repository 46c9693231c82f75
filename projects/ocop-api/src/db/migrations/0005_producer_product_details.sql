-- Details of producers (legal representative, address, contacts) and of products (description, idea stage).
-- Written for PostgreSQL 15 and for PGlite (PostgreSQL 18): nothing newer than 15 may appear here.
-- Lengths and forms are checked by @ocop/domain (catalog/validate.ts); the checks below only keep the
-- stored values within what it allows.

alter table producers
  add column representative_name text check (representative_name <> '' and char_length(representative_name) <= 100),
  add column representative_position text check (representative_position <> '' and char_length(representative_position) <= 100),
  add column address text check (address <> '' and char_length(address) <= 300),
  -- National form, digits only (@ocop/domain normalizePhone).
  add column phone text check (phone ~ '^0[0-9]{9,10}$'),
  add column email text check (email <> '' and email = lower(email));

-- A tax code or registration number belongs to one producer, whatever type it was registered with: the same
-- number under two types is the same household, cooperative or enterprise registered twice. (Before, the
-- number was unique per type only; a database holding one number under two types stops here, on purpose.)
drop index producers_registration_number_key;
create unique index producers_registration_number_key
  on producers (registration_number) where registration_number is not null;

-- 'idea': registered with the phiếu đăng ký ý tưởng sản phẩm (biểu số 01); 'product': an existing product
-- (biểu số 02) or an idea completed. Every product registered before ideas existed was a product.
alter table products
  add column description text check (description <> '' and char_length(description) <= 1000),
  add column stage text not null default 'product' check (stage in ('idea', 'product'));
create index products_stage on products (stage);
