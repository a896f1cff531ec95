/**
 * Reports (R1.13): the results of the work with messages, its quality and the dynamics of
 * incidents for a period, for the curator who owns them and the head; with charts drawn on the
 * server (JFreeChart: SVG in the page, PNG in the PDF) and export to XLSX (Apache POI) and PDF
 * (OpenPDF with an embedded Cyrillic font).
 *
 * <p>A report is computed from a few grouped queries over the organisation's messages of the
 * period (one "cube" of counts by kind, status, network, topic, executor and the in-time flags,
 * counts per hour for the dynamics, a histogram of first-answer times for the percentiles), so it
 * stays fast over a million messages; the arithmetic on those counts is pure ({@code control}).
 */
package ru.otklik.report;
