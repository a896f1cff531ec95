/**
 * The organisation: the settlement's administration as data (name, district, time zone, the
 * responsible official of decree item 2, the head and the curator). Every business record
 * belongs to one organisation, so one installation can serve several settlements; boundaries
 * read and write only the caller's own organisation. An organisation is "configured" once its
 * first start is complete ({@code configured_at}, set by the {@code setup} component).
 */
package ru.otklik.org;
