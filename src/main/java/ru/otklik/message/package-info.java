/**
 * The message desk (Appendix 1): messages in social networks about the administration, from
 * intake (the registration form, the REST API of monitoring software, imported files) through
 * triage, the head's choice of executor, drafts and their approval, to the posted answer, with
 * deadlines in working time (R1.6-R1.9) and R1.11's "no answer".
 *
 * <p>The procedure's rules are pure ({@code control.Workflow}) and enforced by the boundary
 * {@code Messages}: a forbidden step is refused there, whatever a screen offers. Every step is a
 * line in the message's timeline; every draft version is kept (R1.12). Networks and topics are
 * data per organisation. Changes are announced as {@code MessageChanged} after commit, so open
 * screens refresh by server push.
 */
package ru.otklik.message;
