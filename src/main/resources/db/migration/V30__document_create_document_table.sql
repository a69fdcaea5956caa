-- Admin documents of a client (contract, insurance…). The file lives in the database so that
-- a cluster needs no shared disk; bytea is PostgreSQL's binary type and H2 2.x accepts it too.
create table document (
    id            uuid primary key,
    client_id     uuid          not null references client (id),
    title         varchar(200)  not null,
    file_name     varchar(255)  not null,
    content_type  varchar(200)  not null,
    size_bytes    bigint        not null,
    reminder_date date,
    note          varchar(2000),
    -- set when the account manager was e-mailed (or nobody could be): one reminder per document
    reminded_at   timestamp with time zone,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamp with time zone not null
);
create index ix_document_client on document (client_id);
create index ix_document_reminder on document (reminder_date, reminded_at);

-- The bytes apart from the metadata, so that lists never load them.
create table document_content (
    document_id uuid  primary key references document (id) on delete cascade,
    content     bytea not null
);
