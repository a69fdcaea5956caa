-- A contact's own postal address (the console's Addresses tab).
alter table contact add column street varchar(200);
alter table contact add column city varchar(100);
alter table contact add column province varchar(100);
alter table contact add column postal_code varchar(20);
alter table contact add column country varchar(100);
