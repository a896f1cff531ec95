/**
 * Moderation of the official accounts (R2.9, with R1.11's grounds in mind): the queue of
 * comments and messages left in the administration's accounts, the moderators' decisions, and
 * the blacklist.
 *
 * <p>Comments come in by hand or through the REST API ({@code POST /api/v1/comments}, the bearer
 * tokens of the message intake; idempotent on the account and the comment's id in the network)
 * and are screened once, at intake: the abuse flags of the text and whether the author is on the
 * blacklist for that account are stored as columns, so the queue filters and pages on them with
 * an index and never re-screens. A flag suggests a reason; a person decides, nothing is deleted
 * automatically. A deleted comment keeps its text here for the record, with who, when and why.
 *
 * <p>The blacklist names the network user, one account or all the organisation's accounts in the
 * network, a reason as VK's community ban names it, and a term. Terms end by themselves: a
 * DeltaSpike job calls {@code boundary.Blacklists#expireDue} every minute, which records the end
 * by "system"; whether a ban holds is decided by its end instant as well, so nothing depends on
 * when the job last ran. Ending a ban early needs a reason. Time comes from the injected
 * {@link java.time.Clock}, so tests move it.
 *
 * <p>Moderators, curators and administrators decide and ban; an SMM editor may read the queue of
 * the accounts they are responsible for. Every query is scoped to the caller's organisation.
 * Moderation depends on {@code message} (networks, the API tokens) and {@code socialaccount}
 * (the accounts), never the other way round.
 */
package ru.otklik.moderation;
