-- Spring Modulith's event publication registry: an event for another module is stored in the
-- transaction that published it and marked done (here: deleted) once its listener has run, so
-- an instance that dies in between delivers it again at its next start.
create table event_publication (
    id               uuid primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
create index ix_event_publication_listener on event_publication (listener_id, serialized_event);
