-- Changepoint seed: the "resource profiles" permission comes with a maximum count.
alter table portal_access add column resource_profiles_max integer;
