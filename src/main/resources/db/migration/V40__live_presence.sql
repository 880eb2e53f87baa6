-- Who has a live stream open, shared by the nodes of a cluster (convene.live.bus=postgres).
-- A page's stream stays while its page beats; a node keeps its API clients' rows fresh.
create table live_presence (
    stream_id varchar(80) primary key,
    topic     varchar(120) not null,
    person_id bigint       not null,
    node      varchar(40)  not null,
    beats     boolean      not null,
    seen_at   timestamp with time zone not null
);
create index live_presence_topic on live_presence (topic);
