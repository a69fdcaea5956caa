-- When the last password-reset e-mail left for this access: at most one per
-- guichet.portal.reset-cooldown. Written only by a conditional UPDATE (never by the entity), so
-- that requests arriving together send one e-mail.
alter table portal_access add column last_reset_at timestamp with time zone;
