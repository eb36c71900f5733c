package org.irtiqa.scheduling.assessment;

/** BASELINE before the programme, MODULE along it, FINAL at its end. No UNKNOWN: the API refuses it. */
public enum AssessmentKind {
    BASELINE,
    MODULE,
    FINAL
}
