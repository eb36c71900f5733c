package org.irtiqa.registration.enrolment;

/** ENROLLED → WITHDRAWN or COMPLETED, nothing else. ENROLLED and COMPLETED are "active". */
public enum EnrolmentStatus {
    ENROLLED,
    WITHDRAWN,
    COMPLETED
}
