-- The whole client profile of the seeds: parent, account type, status, addresses, phones,
-- and access restricted to named staff users (Changepoint seed).
alter table client add column parent_id uuid references client (id);
alter table client add column account_type varchar(16) default 'CLIENT' not null;
alter table client add column status varchar(16) default 'ACTIVE' not null;
alter table client add column phone varchar(40);
alter table client add column fax varchar(40);
alter table client add column primary_street varchar(200);
alter table client add column primary_city varchar(100);
alter table client add column primary_province varchar(100);
alter table client add column primary_postal_code varchar(20);
alter table client add column primary_country varchar(100);
alter table client add column billing_street varchar(200);
alter table client add column billing_city varchar(100);
alter table client add column billing_province varchar(100);
alter table client add column billing_postal_code varchar(20);
alter table client add column billing_country varchar(100);
alter table client add column shipping_street varchar(200);
alter table client add column shipping_city varchar(100);
alter table client add column shipping_province varchar(100);
alter table client add column shipping_postal_code varchar(20);
alter table client add column shipping_country varchar(100);
alter table client add column restricted boolean default false not null;

create table client_allowed_user (
    client_id uuid        not null references client (id),
    user_id   varchar(64) not null,
    primary key (client_id, user_id)
);
