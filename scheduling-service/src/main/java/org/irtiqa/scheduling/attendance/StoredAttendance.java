package org.irtiqa.scheduling.attendance;

/** An attendance row with what its events carry besides the attendance itself. */
record StoredAttendance(Attendance attendance, String institutionCode, String cohortCode, long revision) {}
