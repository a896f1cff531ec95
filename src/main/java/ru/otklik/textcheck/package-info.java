/**
 * Text checks, shared by the message desk, the content calendar and moderation: the style check of
 * drafts (R2.8 plain conversational posts without канцеляризмы or press-release stamps, R1.10 answers
 * in the network's style) and the abuse detection of incoming texts (R1.11 threats, obscenity and
 * insults get no answer; R2.9 spam, insults and obscenity are moderated). Both mark and suggest; a
 * person decides. Nothing is blocked, closed or deleted here.
 *
 * <p>Shape:
 * <ul>
 *   <li>{@code entity}: what a check returns, as records and enums any view can show
 *       ({@code StyleReport}, {@code StyleFinding}, {@code AbuseReport}, {@code AbuseFinding}) and the
 *       suggestions ({@code SuggestedGround} named as the desk's {@code NoAnswerGround},
 *       {@code SuggestedReason} as moderation's {@code DeleteReason}), so other components read them
 *       without depending on textcheck's logic, and textcheck depends on no other component;</li>
 *   <li>{@code control}: the checks, pure Java with no container ({@code StyleChecker},
 *       {@code AbuseDetector}), so unit tests and the JMH benchmark of {@code bench/textcheck} call
 *       them directly;</li>
 *   <li>{@code boundary}: {@code TextChecks}, the stateless EJB the views and the other boundaries
 *       call, with the staff roles.</li>
 * </ul>
 *
 * <p>Why rules are data: the wording of officialese and of abuse changes faster than code, and the
 * people who notice a miss (the curator, a moderator) are not programmers. The rule files in
 * {@code src/main/resources/textcheck/} are UTF-8 text with one entry a line and a comment at the top
 * explaining the syntax; a bad line stops the load with its file and line number, and the labelled
 * sets under {@code src/test/resources/textcheck/} show at the next test run whether a change helped.
 *
 * <p>Why it is fast: each rule file is compiled once into hash maps keyed by a phrase's first word
 * (exact form, Snowball stem or first letters), a text is read once, each word is stemmed at most once
 * and only when a stem rule can meet it, and only a handful of rules are regular expressions. Word
 * forms meet one rule through the Snowball Russian stemmer of Lucene's analysis-common or through
 * beginnings ({@code осуществ*}); abuse roots count only where a word can begin with them, which keeps
 * "страховка", "оскорблять" and "рубля" clean.
 */
package ru.otklik.textcheck;
