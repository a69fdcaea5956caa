-- CSV imports of contacts: one row per uploaded file, one row per line of it. The lines are
-- kept (as JSON) between the dry run and the real run, so that any instance of a cluster can
-- run or resume the import; the purge deletes them after guichet.imports.retention.
create table contact_import (
    id                 uuid primary key,
    file_name          varchar(255) not null,
    -- ANALYSING (dry run), ANALYSED (report ready), RUNNING, DONE, FAILED
    state              varchar(16)  not null,
    created_by         varchar(64)  not null,
    created_by_admin   boolean      not null,
    -- language of the person who uploaded it: their report e-mail is written in it
    language           varchar(8)   not null,
    create_clients     boolean      not null,
    -- the columns of the file's header, comma-separated, as Guichet understood them
    columns_present    varchar(1000) not null,
    total_rows         integer      not null,
    processed_rows     integer      not null,
    created_count      integer      not null,
    updated_count      integer      not null,
    unchanged_count    integer      not null,
    rejected_count     integer      not null,
    invited_count      integer      not null,
    failure            varchar(1000),
    -- the worker that holds the import and when it last said so: a worker that died (restart,
    -- crash) stops refreshing heartbeat_at, and another one takes the import over
    owner              varchar(64),
    heartbeat_at       timestamp with time zone,
    created_at         timestamp with time zone not null,
    analysed_at        timestamp with time zone,
    started_at         timestamp with time zone,
    finished_at        timestamp with time zone,
    report_mailed_at   timestamp with time zone,
    report_mail_tries  integer      not null
);
create index ix_contact_import_state on contact_import (state);
create index ix_contact_import_created on contact_import (created_by, created_at);

create table contact_import_row (
    import_id   uuid          not null references contact_import (id) on delete cascade,
    line_no     integer       not null,
    email       varchar(254),
    -- the cells of the line by column name (JSON object)
    cells       varchar(100000) not null,
    -- dry run: CREATE, UPDATE, UNCHANGED or REJECTED; real run: the same, once written
    planned     varchar(16),
    result      varchar(16),
    invites     boolean       not null,
    contact_id  uuid,
    client_name varchar(200),
    -- "field: old → new" per changed field (JSON array)
    changes     varchar(8000),
    -- [{field, key, args}] (JSON arrays): why the line is rejected; what else to know
    problems    varchar(4000),
    notes       varchar(2000),
    primary key (import_id, line_no)
);
