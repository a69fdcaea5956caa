-- Access lifecycle: per-client inactivity period, the expiry a warning was sent for, revocation.
alter table client add column inactivity_period varchar(32);
alter table portal_access add column warning_sent_for timestamp with time zone;
alter table portal_access add column ended_at timestamp with time zone;
