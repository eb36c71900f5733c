-- GET /api/enrolments?participantId= lists a participant's enrolments in creation order; the
-- partial unique index covers active enrolments only, so withdrawn ones need this one.

create index enrolment_participant on enrolment (participant_id, enrolled_at, id);
