/**
 * What every component shares and nothing business-specific: the Vaadin app shell, schema
 * migrations, translations and formats, the clock, security headers, and the exceptions a
 * boundary uses to refuse a request. It depends on no other component; the few facts it needs
 * from above (the caller's organisation) are interfaces implemented there.
 */
package ru.otklik.base;
