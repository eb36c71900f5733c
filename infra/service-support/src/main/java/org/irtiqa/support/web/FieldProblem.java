package org.irtiqa.support.web;

/** One invalid input in a 400 problem's {@code errors}: the field's path and what is wrong. */
public record FieldProblem(String field, String message) {}
