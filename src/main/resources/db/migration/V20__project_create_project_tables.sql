-- Projects led for client companies, their clients and the contacts assigned to them.
create table project (
    id                     uuid primary key,
    name                   varchar(200)  not null,
    -- lower-cased name, for case-insensitive search
    name_key               varchar(200)  not null,
    state                  varchar(16)   not null,
    -- the invoiced client, also listed in project_client: exactly one by construction
    primary_client_id      uuid          not null references client (id),
    submission_end_date    date,
    start_date             date,
    end_date               date,
    estimated_budget       numeric(14,2),
    submission_contact_id  uuid references contact (id),
    billing_contact_id     uuid references contact (id),
    execution_contact_id   uuid references contact (id),
    created_at             timestamp with time zone not null,
    version                bigint        not null
);
create index ix_project_name_key on project (name_key);

create table project_client (
    project_id uuid not null references project (id),
    client_id  uuid not null references client (id),
    primary key (project_id, client_id)
);
create index ix_project_client_client on project_client (client_id);

create table project_contact (
    id                     uuid primary key,
    project_id             uuid          not null references project (id),
    contact_id             uuid          not null references contact (id),
    hourly_rate            numeric(14,2),
    -- false: the contact has its portal-level permissions in this project
    permissions_overridden boolean       not null,
    -- comma-separated AccessAdmin.PERMISSIONS, when overridden (may be empty)
    permissions            varchar(400),
    constraint uq_project_contact unique (project_id, contact_id)
);
create index ix_project_contact_contact on project_contact (contact_id);
