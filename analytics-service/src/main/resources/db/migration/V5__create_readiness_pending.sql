-- Institutions whose figures a committed batch may have changed and that have not been published
-- since. A batch adds to it; publication (at once when the intake is caught up, else on the next
-- scheduled flush) recomputes them, appends what differs to the outbox and empties it, in one
-- transaction. Lives beside readiness_published, outside a rebuild's shadow tables.
create table readiness_pending (
    institution_code text primary key
);
