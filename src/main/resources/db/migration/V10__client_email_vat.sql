-- Zoho and Changepoint seeds: a company e-mail address and a VAT number.
alter table client add column email varchar(254);
alter table client add column vat_number varchar(40);
