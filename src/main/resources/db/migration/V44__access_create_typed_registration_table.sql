-- What a stranger typed when asking for access with an e-mail that already has a contact card:
-- the card is neither shown nor changed, so the review form shows this instead (the process
-- instance carries only the access id). One row per access, replaced at its next
-- self-registration; read only while the access's source is SELF.
create table typed_registration (
    access_id     uuid primary key references portal_access (id) on delete cascade,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    email         varchar(254) not null,
    phone         varchar(40),
    mobile        varchar(40),
    other_channel varchar(100),
    company       varchar(200),
    typed_at      timestamp with time zone not null
);
