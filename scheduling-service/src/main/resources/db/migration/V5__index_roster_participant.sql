-- Assessments look up a participant's active enrolment in any cohort.
create index roster_enrolment_participant on roster_enrolment (participant_id);
