create table contact (
    id               uuid primary key,
    -- null only for a self-registration still waiting for an approver to choose the client
    client_id        uuid references client (id),
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    email            varchar(254) not null,
    phone            varchar(40),
    mobile           varchar(40),
    other_channel    varchar(100),
    language         varchar(8),
    company_as_typed varchar(200),
    created_at       timestamp with time zone not null,
    version          bigint       not null
);
create index ix_contact_client on contact (client_id);
create index ix_contact_email on contact (email);
